import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http-client";
import { createCohort, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// Pages say what is true for the person reading them: a learner on the
// waiting list is not told to join a team, a reviewer is not spoken to as the
// author, and a trainer reads about content in words, the commands folded away.

let server: TestServer;
let trainer: Client;
let waiting: Client;
let author: Client;
let teammate: Client;
let cohortId: number;
let submissionId: number;

const LESSON = "/courses/rpa-foundations/lessons/rpa-map-a-process";

beforeAll(async () => {
  server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
  trainer = (await signUp(server, { name: "Trainer", roles: ["trainer"] })).client;
  waiting = (await signUp(server, { name: "Waiting", locale: "en" })).client;
  expect((await waiting.post("/courses/rpa-foundations/join", { intent: "request", languages: "uk", slots: "weekend", timeZone: "Asia/Tokyo" })).status).toBe(303);
  const team = await createCohort(server, trainer, { name: "Team Maple" });
  cohortId = team.cohortId;
  author = (await signUp(server, { name: "Olena Author" })).client;
  teammate = (await signUp(server, { name: "Ken Reviewer" })).client;
  await author.post(`/join/${team.inviteCode}`, {});
  await teammate.post(`/join/${team.inviteCode}`, {});
  await author.post(LESSON, { intent: "exercise", answer: "1. Open mail\n2. Save file" });
  submissionId = query<{ id: number }>(server, "select id from exercise_submissions limit 1")[0]!.id;
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

describe("a learner waiting for a team", () => {
  it("is told they are waiting, not that they are in no team", async () => {
    const learn = await (await waiting.get("/learn")).text();
    expect(learn).toContain("you are on the waiting list");
    expect(learn).not.toContain("You are not in a team yet. Choose a course");
    const lesson = await (await waiting.get(LESSON)).text();
    expect(lesson).toContain("You are on the waiting list for a team for this course.");
    expect(lesson).not.toContain("Ask to join a team");
    const outline = await (await waiting.get("/courses/rpa-foundations")).text();
    expect(outline).toContain("You are on the waiting list for a team.");
    expect(outline).not.toContain("Ask to join a team");
  });

  it("someone who never asked is still invited to join", async () => {
    const lesson = await (await trainer.get(LESSON)).text();
    expect(lesson).toContain("Ask to join a team");
  });
});

describe("the review page", () => {
  const path = () => `/cohorts/${cohortId}/submissions/${submissionId}`;

  it("speaks to the reviewer about the author's answer", async () => {
    const html = await (await teammate.get(path())).text();
    expect(html).toContain("Olena Author handed this in; it is waiting for a review.");
    expect(html).toContain("Read the answer and the rubric, then accept it or ask for changes.");
    expect(html).not.toContain("waiting for a teammate&#x27;s review");
  });

  it("speaks to the author about their own answer", async () => {
    const html = await (await author.get(path())).text();
    expect(html).toContain("Handed in — waiting for a teammate&#x27;s review.");
    expect(html).not.toContain("Read the answer and the rubric");
  });
});

describe("the trainer's content page", () => {
  it("says in words how to change a lesson, with the commands folded into a detail", async () => {
    const html = await (await trainer.get("/trainer/content")).text();
    expect(html).toContain("edit the lesson&#x27;s text in the course folder");
    const details = /<details class="for-developers">([\s\S]*?)<\/details>/.exec(html)?.[1] ?? "";
    expect(details).toContain("npm run content:check");
    expect(html.replace(/<details class="for-developers">[\s\S]*?<\/details>/g, "")).not.toContain("npm run");
  });
});
