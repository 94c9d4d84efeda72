import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCohort, execute, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";
import type { Client } from "../support/http-client";

let server: TestServer;
let trainer: Client;
beforeAll(async () => {
  server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
  trainer = (await signUp(server, { name: "Tomoko Trainer", roles: ["trainer"] })).client;
});
afterAll(async () => {
  await server?.stop();
});

describe("seats", () => {
  it("two people racing for the last seat: exactly one gets it, the other a clear message", async () => {
    const { cohortId, inviteCode } = await createCohort(server, trainer);
    for (let i = 0; i < 4; i++) {
      const { client } = await signUp(server, { name: `Early ${i}` });
      expect((await client.post(`/join/${inviteCode}`, {})).status).toBe(303);
    }
    const racers = await Promise.all([signUp(server, { name: "Racer A", locale: "uk" }), signUp(server, { name: "Racer B", locale: "uk" })]);
    const results = await Promise.all(racers.map(({ client }) => client.post(`/join/${inviteCode}`, {})));
    expect(results.map((r) => r.status).sort()).toEqual([303, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(await loser.text()).toContain("На жаль, у цій команді вже немає вільних місць (5 з 5).");
    expect(query(server, "select count(*) as n from cohort_members where cohort_id = ?", cohortId)).toEqual([{ n: 5 }]);
  });

  it("seven at once for an empty team: five get in, never six", async () => {
    const { cohortId, inviteCode } = await createCohort(server, trainer, { name: "Team Rush" });
    const people = await Promise.all(Array.from({ length: 7 }, (_, i) => signUp(server, { name: `Rush ${i}` })));
    const results = await Promise.all(people.map(({ client }) => client.post(`/join/${inviteCode}`, {})));
    expect(results.filter((r) => r.status === 303)).toHaveLength(5);
    expect(results.filter((r) => r.status === 409)).toHaveLength(2);
    expect(query(server, "select count(*) as n from cohort_members where cohort_id = ?", cohortId)).toEqual([{ n: 5 }]);
  });

  it("the database itself refuses a sixth learner", async () => {
    const [full] = query<{ id: number }>(server, "select cohort_id as id from cohort_members group by cohort_id having count(*) = 5 limit 1");
    const [someone] = query<{ id: number }>(server, "select id from users where id not in (select user_id from cohort_members) limit 1");
    expect(() => execute(server, "insert into cohort_members (cohort_id, user_id) values (?, ?)", full!.id, someone!.id)).toThrow(/cohort is full/);
  });
});

describe("double submits", () => {
  it("completing a lesson twice (even at the same moment) keeps one record and the first time", async () => {
    const { inviteCode } = await createCohort(server, trainer, { name: "Team Twice" });
    const { client, id } = await signUp(server, { name: "Twice" });
    await client.post(`/join/${inviteCode}`, {});
    const path = "/courses/rpa-foundations/lessons/rpa-what-rpa-is";
    const both = await Promise.all([client.post(path, { intent: "complete" }), client.post(path, { intent: "complete" })]);
    expect(both.map((r) => r.status)).toEqual([303, 303]);
    const rows = query<{ completed_at: number }>(server, "select completed_at from lesson_progress where user_id = ? and lesson_id = 'rpa-what-rpa-is'", id);
    expect(rows).toHaveLength(1);
    await client.post(path, { intent: "complete" });
    expect(query(server, "select completed_at from lesson_progress where user_id = ? and lesson_id = 'rpa-what-rpa-is'", id)).toEqual(rows);
  });

  it("handing in an exercise twice keeps one submission", async () => {
    const { inviteCode } = await createCohort(server, trainer, { name: "Team Hand-in" });
    const { client, id } = await signUp(server, { name: "Hander" });
    await client.post(`/join/${inviteCode}`, {});
    const path = "/courses/rpa-foundations/lessons/rpa-map-a-process";
    await Promise.all([client.post(path, { intent: "exercise", answer: "1. Open mail\n2. Save file" }), client.post(path, { intent: "exercise", answer: "1. Open mail\n2. Save file" })]);
    expect(query(server, "select count(*) as n from exercise_submissions where user_id = ?", id)).toEqual([{ n: 1 }]);
  });

  it("progress needs a team for the course: a stranger to the course gets 404", async () => {
    const { client } = await signUp(server, { name: "Loner" });
    const res = await client.post("/courses/rpa-foundations/lessons/rpa-what-rpa-is", { intent: "complete" });
    expect(res.status).toBe(404);
  });

  it("bad input to the lesson forms is a 4xx with a message, never a 500", async () => {
    const { inviteCode } = await createCohort(server, trainer, { name: "Team Input" });
    const { client } = await signUp(server, { name: "Typo", locale: "ja" });
    await client.post(`/join/${inviteCode}`, {});
    const link = await client.post("/courses/rpa-foundations/lessons/rpa-handover-sheet", { intent: "exercise", answer: "not a link" });
    expect(link.status).toBe(400);
    const html = await link.text();
    expect(html).toContain("https://");
    expect(html).toContain("not a link");
    expect((await client.post("/courses/rpa-foundations/lessons/rpa-what-rpa-is", { intent: "nonsense" })).status).toBe(400);
    expect((await client.post("/courses/rpa-foundations/lessons/rpa-what-rpa-is", "x", { contentType: "application/json" })).status).toBe(415);
    expect((await client.post("/courses/rpa-foundations/lessons/rpa-what-rpa-is", { intent: "quiz" })).status).toBe(400);
  });
});
