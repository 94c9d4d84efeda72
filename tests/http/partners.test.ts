import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCsv } from "~/domain/csv";
import type { Client } from "../support/http-client";
import { createCohort, execute, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

let server: TestServer;
let trainer: Client;
let managerA: Client;
let orgA: number;
let orgB: number;
let sponsored: { client: Client; id: number };
let cohortId: number;
let submissionId: number;

async function createOrg(name: string) {
  const res = await trainer.post("/trainer/organisations", { name });
  return Number(/\/partner\/organisations\/(\d+)/.exec(res.headers.get("location")!)![1]);
}

beforeAll(async () => {
  server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
  trainer = (await signUp(server, { name: "Trainer", roles: ["trainer"] })).client;
  orgA = await createOrg("Firm A");
  orgB = await createOrg("Firm B");
  const [{ code }] = query<{ code: string }>(server, "select manager_invite_code as code from organisations where id = ?", orgA) as [{ code: string }];
  managerA = (await signUp(server, { name: "Manager A" })).client;
  expect((await managerA.post(`/partner/join/${code}`, {})).status).toBe(303);
  await trainer.post(`/partner/organisations/${orgA}`, { intent: "commission", courseId: "rpa-foundations", seats: "3", startsOn: "2026-11-01", endsOn: "2027-03-31", languages: "uk" });
  const [{ invite }] = query<{ invite: string }>(server, "select invite_code as invite from commissions where organisation_id = ?", orgA) as [{ invite: string }];
  sponsored = await signUp(server, { name: "Sponsored One", locale: "uk" });
  expect((await sponsored.client.post(`/sponsored/${invite}`, { languages: "uk", slots: "weekend", timeZone: "Asia/Tokyo" })).status).toBe(303);
  // The sponsored learner is placed in a team, with a teammate who is not sponsored.
  const cohort = await createCohort(server, trainer, { name: "Mixed team" });
  cohortId = cohort.cohortId;
  const outsider = await signUp(server, { name: "Not Sponsored" });
  await sponsored.client.post(`/join/${cohort.inviteCode}`, {});
  await outsider.client.post(`/join/${cohort.inviteCode}`, {});
  await sponsored.client.post(`/cohorts/${cohortId}`, { intent: "checkin", did: "Secret check-in text" });
  await sponsored.client.post(`/cohorts/${cohortId}`, { intent: "help", body: "Secret help text" });
  await sponsored.client.post("/courses/rpa-foundations/lessons/rpa-map-a-process", { intent: "exercise", answer: "Secret exercise text" });
  submissionId = query<{ id: number }>(server, "select id from exercise_submissions limit 1")[0]!.id;
});
afterAll(async () => {
  await server?.stop();
});

describe("a partner manager sees only their own organisation's consenting learners", () => {
  it("their own dashboard and CSV list the sponsored learner, never the teammate or private texts", async () => {
    const html = await (await managerA.get(`/partner/organisations/${orgA}`)).text();
    expect(html).toContain("Sponsored One");
    expect(html).not.toContain("Not Sponsored");
    for (const secret of ["Secret check-in text", "Secret help text", "Secret exercise text"]) expect(html).not.toContain(secret);
    const csv = await (await managerA.get(`/partner/organisations/${orgA}/report.csv`)).text();
    expect(csv).toContain("Sponsored One");
    expect(csv).not.toContain("Not Sponsored");
  });

  it("the CSV writes dates as ISO 8601, which spreadsheets read as dates", async () => {
    execute(server, "update cohort_module_due set due_date = '2099-01-15' where cohort_id = ?", cohortId);
    const csv = await (await managerA.get(`/partner/organisations/${orgA}/report.csv`)).text();
    const [header, ...rows] = csv.replace(/^\uFEFF/, "").split("\r\n").map((line) => line.split(","));
    const column = header!.indexOf("Next due");
    expect(column).toBeGreaterThan(-1);
    const row = rows.find((r) => r[0] === "Sponsored One")!;
    expect(row[column]).toBe("2099-01-15");
    expect(csv).not.toMatch(/January|2099 р|2099年/);
  });

  it("another organisation's pages are a 404", async () => {
    expect((await managerA.get(`/partner/organisations/${orgB}`)).status).toBe(404);
    expect((await managerA.get(`/partner/organisations/${orgB}/report.csv`)).status).toBe(404);
    expect((await managerA.post(`/partner/organisations/${orgB}`, { intent: "revoke", commissionId: "1" })).status).toBe(404);
  });

  it("every check-in, help request, exercise and note route is a 404", async () => {
    const paths = [`/cohorts/${cohortId}`, `/cohorts/${cohortId}/submissions/${submissionId}`, `/mentor/cohorts/${cohortId}/sessions`];
    for (const path of paths) expect((await managerA.get(path)).status, path).toBe(404);
    for (const intent of ["checkin", "help"]) {
      expect((await managerA.post(`/cohorts/${cohortId}`, { intent, did: "x", body: "x" })).status).toBe(404);
    }
    expect((await managerA.post(`/cohorts/${cohortId}/submissions/${submissionId}`, { decision: "accepted", comment: "" })).status).toBe(404);
    for (const path of ["/trainer/cohorts", "/trainer/organisations", "/trainer/mentors", "/trainer/content"]) {
      expect((await managerA.get(path)).status, path).toBe(404);
    }
  });

  it("after consent is withdrawn the learner is only in the totals", async () => {
    const [{ id }] = query<{ id: number }>(server, "select id from sponsorships where user_id = ?", sponsored.id) as [{ id: number }];
    // nobody else can withdraw it
    expect((await managerA.post("/learn", { intent: "withdraw", sponsorshipId: String(id) })).status).toBe(404);
    expect((await sponsored.client.post("/learn", { intent: "withdraw", sponsorshipId: String(id) })).status).toBe(303);
    const html = await (await managerA.get(`/partner/organisations/${orgA}`)).text();
    expect(html).not.toContain("Sponsored One");
    expect(html).toMatch(/1 learner chose not to share details/);
    const csv = await (await managerA.get(`/partner/organisations/${orgA}/report.csv`)).text();
    expect(csv).not.toContain("Sponsored One");
  });

  it("seats never exceed the commission, even at the same moment", async () => {
    await trainer.post(`/partner/organisations/${orgB}`, { intent: "commission", courseId: "no-code-automation", seats: "2", startsOn: "2026-11-01", endsOn: "2027-03-31", languages: "ja" });
    const [{ invite }] = query<{ invite: string }>(server, "select invite_code as invite from commissions where organisation_id = ?", orgB) as [{ invite: string }];
    const people = await Promise.all(Array.from({ length: 4 }, (_, i) => signUp(server, { name: `Staff ${i}`, locale: "ja" })));
    const results = await Promise.all(people.map((p) => p.client.post(`/sponsored/${invite}`, { languages: "ja", slots: "weekend", timeZone: "Asia/Tokyo" })));
    expect(results.filter((r) => r.status === 303)).toHaveLength(2);
    expect(results.filter((r) => r.status === 409)).toHaveLength(2);
  });

  it("a revoked or expired link refuses new staff with a message", async () => {
    execute(server, "update commissions set ends_on = '2020-01-01' where organisation_id = ?", orgB);
    const [{ invite }] = query<{ invite: string }>(server, "select invite_code as invite from commissions where organisation_id = ?", orgB) as [{ invite: string }];
    const late = await signUp(server, { name: "Late", locale: "en" });
    const res = await late.client.post(`/sponsored/${invite}`, { languages: "ja", slots: "weekend", timeZone: "Asia/Tokyo" });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("This invitation has expired.");
  });
});

describe("CSV for Excel", () => {
  it("has a BOM, CRLF line ends, quoting, and no live formulas", () => {
    const csv = toCsv([
      ["名前", "note"],
      ["Olena, K.", 'said "hi"'],
      ["=HYPERLINK(\"x\")", "line\nbreak"],
    ]);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe('名前,note\r\n"Olena, K.","said ""hi"""\r\n"\'=HYPERLINK(""x"")","line\nbreak"\r\n');
  });
});
