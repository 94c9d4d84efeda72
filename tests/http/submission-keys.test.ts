import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCohort, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// A submission queued on a phone without signal carries Kumi-Submission-Key;
// the server acts on each key once (docs/decisions/016-offline.md).

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
});
afterAll(async () => {
  await server?.stop();
});

const key = () => crypto.randomUUID();

describe("submission keys", () => {
  it("a help request, a check-in and 'mark complete' sent twice with one key count once; the second answer is 409", async () => {
    const trainer = await signUp(server, { name: "Trainer", roles: ["trainer"] });
    const { cohortId, inviteCode } = await createCohort(server, trainer.client, { locale: "en" });
    const learner = await signUp(server, { name: "Keyed" });
    expect((await learner.client.post(`/join/${inviteCode}`, {})).status).toBe(303);
    const board = `/cohorts/${cohortId}`;
    const lesson = "/courses/rpa-foundations/lessons/rpa-what-rpa-is";

    for (const [path, body] of [
      [board, { intent: "help", body: "Stuck on step 3" }],
      [board, { intent: "checkin", did: "Two lessons" }],
      [lesson, { intent: "complete" }],
    ] as const) {
      const headers = { "Kumi-Submission-Key": key() };
      expect((await learner.client.post(path, body, { headers })).status).toBe(303);
      const again = await learner.client.post(path, body, { headers });
      expect(again.status).toBe(409);
    }
    expect(query(server, "select count(*) as n from help_requests where user_id = ?", learner.id)).toEqual([{ n: 1 }]);
    expect(query(server, "select count(*) as n from check_ins where user_id = ?", learner.id)).toEqual([{ n: 1 }]);
    expect(query(server, "select count(*) as n from submission_keys where user_id = ?", learner.id)).toEqual([{ n: 3 }]);

    // A new key is a new submission; without a key (a form sent online) nothing changes.
    expect((await learner.client.post(board, { intent: "help", body: "Another question" }, { headers: { "Kumi-Submission-Key": key() } })).status).toBe(303);
    expect((await learner.client.post(board, { intent: "help", body: "And one more" })).status).toBe(303);
    expect(query(server, "select count(*) as n from help_requests where user_id = ?", learner.id)).toEqual([{ n: 3 }]);
  });

  it("keys are per person, a malformed key is refused, and the Origin check still applies", async () => {
    const trainer = await signUp(server, { name: "Trainer", roles: ["trainer"] });
    const { cohortId, inviteCode } = await createCohort(server, trainer.client, { locale: "en" });
    const [a, b] = await Promise.all([signUp(server, { name: "Anna" }), signUp(server, { name: "Borys" })]);
    for (const p of [a, b]) expect((await p.client.post(`/join/${inviteCode}`, {})).status).toBe(303);
    const board = `/cohorts/${cohortId}`;
    const shared = key();
    expect((await a.client.post(board, { intent: "help", body: "A's question" }, { headers: { "Kumi-Submission-Key": shared } })).status).toBe(303);
    expect((await b.client.post(board, { intent: "help", body: "B's question" }, { headers: { "Kumi-Submission-Key": shared } })).status).toBe(303);
    expect((await a.client.post(board, { intent: "help", body: "x" }, { headers: { "Kumi-Submission-Key": "short" } })).status).toBe(400);
    const foreign = await a.client.post(board, { intent: "help", body: "x" }, { headers: { "Kumi-Submission-Key": key() }, origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    expect(query(server, "select count(*) as n from help_requests where cohort_id = ?", cohortId)).toEqual([{ n: 2 }]);
  });
});
