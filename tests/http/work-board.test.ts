import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELIVERABLE_MAX_BYTES } from "#db/values";
import type { Client } from "../support/http-client";
import { execute, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// The work board's answers to malformed and oversized requests: translated
// pages and messages with what was typed, never a 500.

let server: TestServer;
let manager: Client;
let worker: Client;
let orderId: number;
const ORDER = { titleUk: "Бот", descriptionUk: "Опис", kind: "build_bot", courses: "rpa-foundations", languages: "uk", teamSize: "1", estimatedHours: "3", payKind: "fixed", payYen: "9000", deadline: "2099-01-01" };

beforeAll(async () => {
  server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
  const trainer = await signUp(server, { name: "Trainer", roles: ["trainer"] });
  const created = await trainer.client.post("/trainer/organisations", { name: "Firm" });
  const organisationId = Number(/(\d+)$/.exec(created.headers.get("location") ?? "")![1]);
  const code = query<{ code: string }>(server, "select manager_invite_code as code from organisations where id = ?", organisationId)[0]!.code;
  const m = await signUp(server, { name: "Manager", locale: "uk" });
  manager = m.client;
  await manager.post(`/partner/join/${code}`, {});
  const posted = await manager.post("/work/new", { organisationId: String(organisationId), ...ORDER });
  expect(posted.status).toBe(303);
  orderId = Number(/\/work\/(\d+)/.exec(posted.headers.get("location") ?? "")![1]);
  const w = await signUp(server, { name: "Worker", locale: "uk" });
  worker = w.client;
  execute(server, "insert into certificates (code, user_id, course_id, holder_name) values ('httpworkcert0000', ?, 'rpa-foundations', 'Worker')", w.id);
  expect((await worker.post(`/work/${orderId}`, { intent: "apply", note: "" })).status).toBe(303);
  const applicationId = query<{ id: number }>(server, "select id from work_applications where order_id = ?", orderId)[0]!.id;
  expect((await manager.post(`/work/${orderId}`, { intent: "pick", applicationId: String(applicationId), confirm: "yes" })).status).toBe(303);
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

describe("the work board on malformed input", () => {
  it("malformed or unknown ids are the translated 404 page", async () => {
    for (const path of ["/work/abc", "/work/0", "/work/99999999999", "/work/1e3", "/work/abc/workspace", `/work/${orderId}/deliverables/x`, `/work/${orderId}/deliverables/999`]) {
      const res = await worker.get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain('lang="uk"');
    }
  });

  it("a bad order keeps what was typed and says what is wrong, in the manager's language", async () => {
    const res = await manager.post("/work/new", { ...ORDER, organisationId: "1", titleUk: "Мій заголовок", descriptionUk: "", teamSize: "9" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Мій заголовок");
    expect(html).toContain("Додайте опис мовою цієї назви.");
  });

  it("garbage intents and values are a 400, not a 500", async () => {
    for (const body of <Record<string, string>[]>[{ intent: "nonsense" }, { intent: "hours", workedOn: "2026-02-31", minutes: "-5" }, { intent: "deliver", url: "javascript:alert(1)" }, { intent: "tick", itemId: "99999999999", done: "maybe" }]) {
      expect((await worker.post(`/work/${orderId}/workspace`, body)).status, JSON.stringify(body)).toBe(400);
    }
    const res = await worker.post(`/work/${orderId}/workspace`, { intent: "deliver", url: "javascript:alert(1)" });
    expect(await res.text()).toContain("https://");
  });

  it("a file over the limit is a 413 with a translated message; nothing is stored", async () => {
    const boundary = "b0undary";
    const head = [`--${boundary}`, 'Content-Disposition: form-data; name="intent"', "", "deliverFile", `--${boundary}`, 'Content-Disposition: form-data; name="file"; filename="big.bin"', "Content-Type: application/octet-stream", "", ""].join("\r\n");
    const body = head + "x".repeat(DELIVERABLE_MAX_BYTES + 100_000) + `\r\n--${boundary}--\r\n`;
    const res = await worker.post(`/work/${orderId}/workspace`, body, { contentType: `multipart/form-data; boundary=${boundary}` });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("Файл завеликий: щонайбільше 10 МБ.");
    expect(query(server, "select count(*) as n from work_deliverables where order_id = ?", orderId)).toEqual([{ n: 0 }]);
  });

  it("a stored file comes back only as an attachment that is never sniffed", async () => {
    const boundary = "b0undary";
    const body = [`--${boundary}`, 'Content-Disposition: form-data; name="intent"', "", "deliverFile", `--${boundary}`, 'Content-Disposition: form-data; name="file"; filename="../../evil.html"', "Content-Type: text/html", "", "<script>alert(1)</script>", `--${boundary}--`, ""].join("\r\n");
    expect((await worker.post(`/work/${orderId}/workspace`, body, { contentType: `multipart/form-data; boundary=${boundary}` })).status).toBe(303);
    const [file] = query<{ id: number; file_name: string }>(server, "select id, file_name from work_deliverables where order_id = ? and stored_as is not null", orderId);
    expect(file!.file_name).toBe("evil.html");
    const res = await manager.get(`/work/${orderId}/deliverables/${file!.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/octet-stream");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="evil.html"/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(await res.text()).toBe("<script>alert(1)</script>");
  });
});
