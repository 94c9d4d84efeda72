import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../support/http-client";
import { createCohort, execute, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// Walks every cohort and trainer route as each kind of visitor, per the
// matrix in docs/architecture.md (encoded in app/policies). Deny by default: anything not allowed is a 404 (or,
// for a stranger, a redirect to log in) — never a hint that the thing exists.
type Who = "stranger" | "member" | "otherTeam" | "trainer" | "partner" | "admin";
const WHO: Who[] = ["stranger", "member", "otherTeam", "trainer", "partner", "admin"];

let server: TestServer;
const clients = {} as Record<Who, Client>;
let ids: { cohortA: number; inviteA: string; submissionA: number; certificate: string };

beforeAll(async () => {
  server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
  const trainer = await signUp(server, { name: "Trainer", roles: ["trainer"] });
  clients.trainer = trainer.client;
  clients.admin = (await signUp(server, { name: "Admin", roles: ["admin"] })).client;
  clients.partner = (await signUp(server, { name: "Partner", roles: ["partner"] })).client;
  clients.stranger = new Client(server.url);
  const a = await createCohort(server, trainer.client, { name: "Team A" });
  const b = await createCohort(server, trainer.client, { name: "Team B" });
  const member = await signUp(server, { name: "Member" });
  const teammate = await signUp(server, { name: "Teammate" });
  const other = await signUp(server, { name: "Other" });
  clients.member = member.client;
  clients.otherTeam = other.client;
  await member.client.post(`/join/${a.inviteCode}`, {});
  await teammate.client.post(`/join/${a.inviteCode}`, {});
  await other.client.post(`/join/${b.inviteCode}`, {});
  await teammate.client.post("/courses/rpa-foundations/lessons/rpa-map-a-process", { intent: "exercise", answer: "My steps" });
  const [submission] = query<{ id: number }>(server, "select id from exercise_submissions where user_id = ?", teammate.id);
  execute(server, "insert into certificates (code, user_id, course_id, holder_name) values ('abcdefghijklmnop', ?, 'rpa-foundations', 'Teammate')", teammate.id);
  ids = { cohortA: a.cohortId, inviteA: a.inviteCode, submissionA: submission!.id, certificate: "abcdefghijklmnop" };
});
afterAll(async () => {
  await server?.stop();
});

const LOGIN = 302;
const OK = 200;
const NO = 404;

function expectStatus(actual: number, expected: number, label: string) {
  if (expected === LOGIN) expect([302, 303], label).toContain(actual);
  else expect(actual, label).toBe(expected);
}

describe("GET routes", () => {
  const table: [string, () => string, Record<Who, number>][] = [
    ["/learn", () => "/learn", { stranger: LOGIN, member: OK, otherTeam: OK, trainer: OK, partner: OK, admin: OK }],
    ["/notifications", () => "/notifications", { stranger: LOGIN, member: OK, otherTeam: OK, trainer: OK, partner: OK, admin: OK }],
    ["join a course", () => "/courses/rpa-foundations/join", { stranger: LOGIN, member: OK, otherTeam: OK, trainer: OK, partner: OK, admin: OK }],
    ["invite page", () => `/join/${ids.inviteA}`, { stranger: OK, member: OK, otherTeam: OK, trainer: OK, partner: OK, admin: OK }],
    ["unknown invite", () => "/join/nosuchcode", { stranger: NO, member: NO, otherTeam: NO, trainer: NO, partner: NO, admin: NO }],
    ["team board", () => `/cohorts/${ids.cohortA}`, { stranger: LOGIN, member: OK, otherTeam: NO, trainer: OK, partner: NO, admin: OK }],
    ["unknown team", () => "/cohorts/999999", { stranger: LOGIN, member: NO, otherTeam: NO, trainer: NO, partner: NO, admin: NO }],
    ["submission", () => `/cohorts/${ids.cohortA}/submissions/${ids.submissionA}`, { stranger: LOGIN, member: OK, otherTeam: NO, trainer: OK, partner: NO, admin: OK }],
    ["certificate (public)", () => `/certificates/${ids.certificate}`, { stranger: OK, member: OK, otherTeam: OK, trainer: OK, partner: OK, admin: OK }],
    ["trainer cohorts", () => "/trainer/cohorts", { stranger: LOGIN, member: NO, otherTeam: NO, trainer: OK, partner: NO, admin: OK }],
    ["cohort forming", () => "/trainer/cohorts/form/rpa-foundations", { stranger: LOGIN, member: NO, otherTeam: NO, trainer: OK, partner: NO, admin: OK }],
    ["trainer cohort", () => `/trainer/cohorts/${ids.cohortA}`, { stranger: LOGIN, member: NO, otherTeam: NO, trainer: OK, partner: NO, admin: OK }],
    ["trainer content", () => "/trainer/content", { stranger: LOGIN, member: NO, otherTeam: NO, trainer: OK, partner: NO, admin: OK }],
  ];
  for (const [label, path, expected] of table) {
    it(label, async () => {
      for (const who of WHO) expectStatus((await clients[who].get(path())).status, expected[who], `${who} GET ${path()}`);
    });
  }
});

describe("POST routes", () => {
  it("check-ins, help requests and nudges belong to the team's members", async () => {
    for (const who of ["otherTeam", "partner", "trainer", "admin"] as const) {
      const res = await clients[who].post(`/cohorts/${ids.cohortA}`, { intent: "checkin", did: "x", blockers: "" });
      expect(res.status, who).toBe(NO);
    }
    expectStatus((await clients.stranger.post(`/cohorts/${ids.cohortA}`, { intent: "checkin", did: "x" })).status, LOGIN, "stranger");
    expect((await clients.member.post(`/cohorts/${ids.cohortA}`, { intent: "checkin", did: "Read two lessons" })).status).toBe(303);
  });

  it("another team cannot review this team's exercises", async () => {
    for (const who of ["otherTeam", "partner"] as const) {
      const res = await clients[who].post(`/cohorts/${ids.cohortA}/submissions/${ids.submissionA}`, { decision: "accepted", comment: "" });
      expect(res.status, who).toBe(NO);
    }
    // the submission under another team's URL is not found either
    const res = await clients.member.get(`/cohorts/999999/submissions/${ids.submissionA}`);
    expect(res.status).toBe(NO);
  });

  it("only trainers and admins manage cohorts", async () => {
    for (const who of ["member", "otherTeam", "partner"] as const) {
      expect((await clients[who].post(`/trainer/cohorts/${ids.cohortA}`, { intent: "invite" })).status, who).toBe(NO);
      expect((await clients[who].post("/trainer/cohorts/form/rpa-foundations", { intent: "form" })).status, who).toBe(NO);
    }
    expect((await clients.trainer.post(`/trainer/cohorts/${ids.cohortA}`, { intent: "state", state: "active" })).status).toBe(303);
    expect((await clients.admin.post(`/trainer/cohorts/${ids.cohortA}`, { intent: "state", state: "active" })).status).toBe(303);
  });

  it("a learner sees only their own notifications, and this team's are not in another's list", async () => {
    const mine = await (await clients.otherTeam.get("/notifications")).text();
    expect(mine).not.toContain("Teammate");
    const member = await (await clients.member.get("/notifications")).text();
    expect(member).toContain("Teammate"); // "Teammate handed in …: you can review it"
  });
});
