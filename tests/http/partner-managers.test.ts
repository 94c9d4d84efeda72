import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http-client";
import { execute, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// Over HTTP on the built server, as a browser without JavaScript: a firm's
// managers are listed, removed after a ticked confirmation, and the manager
// link is replaced or refused once it has expired.

let server: TestServer;
let trainer: Client;
let org: number;

const inviteCode = () => query<{ code: string }>(server, "select manager_invite_code as code from organisations where id = ?", org)[0]!.code;

beforeAll(async () => {
  server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
  trainer = (await signUp(server, { name: "Trainer", roles: ["trainer"] })).client;
  const res = await trainer.post("/trainer/organisations", { name: "Firm M" });
  org = Number(/\/partner\/organisations\/(\d+)/.exec(res.headers.get("location")!)![1]);
});
afterAll(async () => {
  await server?.stop();
});

describe("partner managers of a firm", () => {
  it("are listed to the firm's managers and trainers; removing one needs the box ticked and ends their access at once", async () => {
    const kept = await signUp(server, { name: "Kept Manager" });
    const leaving = await signUp(server, { name: "Leaving Manager" });
    for (const m of [kept, leaving]) expect((await m.client.post(`/partner/join/${inviteCode()}`, {})).status).toBe(303);

    for (const viewer of [trainer, kept.client]) {
      const html = await (await viewer.get(`/partner/organisations/${org}`)).text();
      expect(html).toContain("Leaving Manager");
      expect(html).toContain("Yes, remove Leaving Manager");
    }

    const unticked = await kept.client.post(`/partner/organisations/${org}`, { intent: "removeManager", userId: String(leaving.id) });
    expect(unticked.status).toBe(400);
    expect(await unticked.text()).toContain("Tick “Yes, remove” first to confirm.");
    expect((await leaving.client.get(`/partner/organisations/${org}`)).status).toBe(200);

    const removed = await kept.client.post(`/partner/organisations/${org}`, { intent: "removeManager", userId: String(leaving.id), confirm: "yes" });
    expect(removed.status).toBe(303);
    expect((await leaving.client.get(`/partner/organisations/${org}`)).status).toBe(404);
    expect((await leaving.client.get(`/partner/organisations/${org}/report.csv`)).status).toBe(404);
    expect((await leaving.client.get("/partner")).status).toBe(404);
    expect(await (await kept.client.get(`/partner/organisations/${org}`)).text()).not.toContain("Leaving Manager");
  });

  it("a replaced link stops working; an expired link says so in the reader's language", async () => {
    const old = inviteCode();
    expect((await trainer.post(`/partner/organisations/${org}`, { intent: "rotateInvite" })).status).toBe(303);
    const fresh = inviteCode();
    expect(fresh).not.toBe(old);
    const late = await signUp(server, { name: "Late Manager", locale: "ja" });
    expect((await late.client.get(`/partner/join/${old}`)).status).toBe(404);
    expect((await late.client.post(`/partner/join/${old}`, {})).status).toBe(404);
    expect((await late.client.get(`/partner/join/${fresh}`)).status).toBe(200);

    execute(server, "update organisations set manager_invite_created_at = ? where id = ?", Date.now() - 15 * 24 * 60 * 60 * 1000, org);
    const expired = await late.client.get(`/partner/join/${fresh}`);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("この招待リンクは期限切れです");
    expect((await late.client.post(`/partner/join/${fresh}`, {})).status).toBe(410);
    expect(query(server, "select 1 from organisation_members where organisation_id = ? and user_id = ?", org, late.id)).toEqual([]);
  });
});
