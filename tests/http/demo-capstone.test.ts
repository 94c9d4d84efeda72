import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCourse, lessonRubric } from "~/curriculum/index.server";
import { DEMO_CAPSTONE, DEMO_PASSWORD } from "../../scripts/demo-accounts";
import { seedDemo } from "../support/demo";
import { Client } from "../support/http-client";
import { query } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// The demo's capstone story: Natalia (a senior, Ukrainian UI) mentors Team Klen,
// whose test sheet waits for her review with the exercise's rubric beside it.
let server: TestServer;
let mentor: Client;

beforeAll(async () => {
  server = await startServer({ DATABASE_PATH: seedDemo(), AUTH_RATE_LIMIT_PER_MINUTE: "1000" });
  mentor = new Client(server.url, { acceptLanguage: "uk" });
  const login = await mentor.post("/login", { email: "natalia@demo.kumi.test", password: DEMO_PASSWORD });
  expect(login.status).toBe(302);
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

const decode = (html: string) =>
  html.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

describe("the demo's capstone", () => {
  it("gives every demo team a weekly meeting, and the mentor's calendar holds both", async () => {
    const teams = query<{ name: string; weekday: number | null; time: string | null }>(server, "select name, meeting_weekday as weekday, meeting_time as time from cohorts");
    expect(teams.length).toBeGreaterThan(1);
    for (const team of teams) {
      expect(team.weekday, team.name).not.toBeNull();
      expect(team.name).not.toMatch(/weekend|weekday/);
    }
    const page = await mentor.post("/account/calendar", { intent: "create" });
    const feed = await new Client(server.url).get(new URL(/value="(http[^"]+\.ics)"/.exec(await page.text())![1]!).pathname);
    expect((await feed.text()).match(/RRULE:FREQ=WEEKLY/g)).toHaveLength(2);
  });

  it("has Team Klen on the capstone module, with one deliverable waiting for review", () => {
    const waiting = query<{ state: string; course: string; name: string }>(
      server,
      "select s.state, c.course_id as course, c.name from exercise_submissions s join cohorts c on c.id = s.cohort_id where s.lesson_id = ?",
      DEMO_CAPSTONE.lessonId,
    );
    expect(waiting).toEqual([{ state: "submitted", course: DEMO_CAPSTONE.courseId, name: DEMO_CAPSTONE.teamName }]);
  });

  it("shows the mentor the waiting deliverable, and its review screen shows the rubric in Ukrainian", async () => {
    const [submission] = query<{ id: number; cohortId: number }>(
      server,
      "select id, cohort_id as cohortId from exercise_submissions where lesson_id = ?",
      DEMO_CAPSTONE.lessonId,
    );
    const href = `/cohorts/${submission!.cohortId}/submissions/${submission!.id}`;
    const dashboard = await mentor.get("/mentor");
    expect(dashboard.status).toBe(200);
    const dashboardHtml = await dashboard.text();
    expect(dashboardHtml).toContain(`href="${href}"`);
    expect(dashboardHtml).not.toContain("\u0000");

    const review = await mentor.get(href);
    expect(review.status).toBe(200);
    const html = decode(await review.text());
    expect(html).not.toContain("\u0000"); // long Ukrainian text crosses the renderer's chunk boundaries
    expect(html).toContain("Критерії оцінювання");
    expect(html).toContain('<th scope="col">Що перевірити</th>');
    expect(html).toContain(">Зарахувати<"); // the mentor may review it

    const lesson = getCourse(DEMO_CAPSTONE.courseId)!
      .modules.flatMap((m) => m.lessons)
      .find((l) => l.id === DEMO_CAPSTONE.lessonId)!;
    const rubric = lessonRubric(lesson, "uk");
    expect(rubric.items.length).toBeGreaterThan(0);
    for (const item of rubric.items) {
      expect(html).toContain(`<th scope="row">${item.check}</th>`);
      expect(html).toContain(`<td>${item.accept}</td>`);
      expect(html).toContain(`<td>${item.changes}</td>`);
    }
  });
});
