import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCurriculum } from "~/curriculum/load.server";
import type { QuizQuestion } from "~/curriculum/types";
import { launchBrowser, newContext } from "../support/browser";
import { type Client } from "../support/http-client";
import { createCohort, execute, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const course = loadCurriculum("content").courses.find((c) => c.id === "rpa-foundations")!;

/** Completes the whole course through the app, as a learner and a reviewing teammate would. */
async function completeCourse(learner: Client, reviewer: Client, cohortId: number) {
  for (const lesson of course.modules.flatMap((m) => m.lessons)) {
    const path = `/courses/rpa-foundations/lessons/${lesson.id}`;
    const en = lesson.variants.en;
    if (en.kind === "reading") await learner.post(path, { intent: "complete" });
    if (en.kind === "team-activity") await learner.post(path, { intent: "team", confirm: "yes" });
    if (en.kind === "quiz") {
      const form = new URLSearchParams({ intent: "quiz" });
      for (const q of en.questions as QuizQuestion[]) {
        for (const v of q.type === "short" ? [q.accept[0]!] : q.options.filter((o) => o.correct).map((o) => o.id)) form.append(`q_${q.id}`, v);
      }
      await learner.post(path, form.toString());
    }
    if (en.kind === "exercise") {
      await learner.post(path, { intent: "exercise", answer: en.submit === "link" ? "https://docs.example.org/x" : "My answer" });
      const [row] = query<{ id: number }>(server, "select id from exercise_submissions where lesson_id = ? order by id desc limit 1", lesson.id);
      await reviewer.post(`/cohorts/${cohortId}/submissions/${row!.id}`, { decision: "accepted", comment: "" });
    }
  }
}

describe("the mentoring ladder", () => {
  it("a graduate opts in, is proposed, accepts, sees the stuck mentee first, answers a help request and logs a session", async () => {
    const trainer = await signUp(server, { name: "Trainer", roles: ["trainer"] });

    // Mariia finishes the course with her team (Ukrainian).
    const first = await createCohort(server, trainer.client, { name: "Перша команда", locale: "uk" });
    const mariia = await signUp(server, { name: "Mariia", locale: "uk" });
    const mate = await signUp(server, { name: "Mate", locale: "uk" });
    await mariia.client.post(`/join/${first.inviteCode}`, {});
    await mate.client.post(`/join/${first.inviteCode}`, {});
    await completeCourse(mariia.client, mate.client, first.cohortId);
    expect(query(server, "select count(*) as n from certificates where user_id = ?", mariia.id)).toEqual([{ n: 1 }]);

    // A new Japanese team: Ken has gone quiet for 10 days, Yui asks for help.
    const next = await createCohort(server, trainer.client, { name: "チーム桜", locale: "ja", meetingSlot: "weekend" });
    const ken = await signUp(server, { name: "Ken", locale: "ja" });
    const yui = await signUp(server, { name: "Yui", locale: "ja" });
    await ken.client.post(`/join/${next.inviteCode}`, {});
    await yui.client.post(`/join/${next.inviteCode}`, {});
    await trainer.client.post(`/trainer/cohorts/${next.cohortId}`, { intent: "state", state: "active" });
    execute(server, "update cohort_members set created_at = ? where user_id = ?", Date.now() - 10 * 86_400_000, ken.id);
    await yui.client.post(`/cohorts/${next.cohortId}`, { intent: "help", body: "変数とループの違いがよく分かりません。" });

    // Mariia, in the browser in Ukrainian, opts in as a senior.
    const m = await newContext(browser, { locale: "uk-UA" });
    for (const [name, value] of mariia.client.cookies) await m.context.addCookies([{ name, value, url: server.url }]);
    await m.page.goto(`${server.url}/mentor`);
    expect(await m.page.textContent("main")).toContain("Основи RPA");
    await m.page.locator('input[name="languages"][value="ja"]').check();
    await m.page.locator('input[name="slots"][value="weekend"]').check();
    await m.page.locator('input[name="listed"]').check();
    await m.page.locator("form.narrow-form button[type=submit]").click();
    await expect.poll(() => m.page.locator(".notice.success").count()).toBe(1);

    // The trainer finds her among the suggestions and proposes her.
    const suggestions = await (await trainer.client.get(`/trainer/cohorts/${next.cohortId}/mentor`)).text();
    expect(suggestions).toContain("Mariia");
    expect((await trainer.client.post(`/trainer/cohorts/${next.cohortId}/mentor`, { intent: "propose", mentorId: String(mariia.id) })).status).toBe(303);

    // She accepts, and the stuck mentee is at the top of "needs attention".
    await m.page.goto(`${server.url}/mentor`);
    await m.page.locator("#proposals ~ ul button[value=accept], section[aria-labelledby=proposals] button[value=accept]").first().click();
    await expect.poll(() => m.page.locator("ol.attention > li").count()).toBeGreaterThanOrEqual(2);
    const items = await m.page.locator("ol.attention > li").allTextContents();
    expect(items[0]).toContain("Ken");
    expect(items.some((i) => i.includes("Yui"))).toBe(true);
    // One entry per person, with all of that person's reasons in it.
    expect(items.filter((i) => i.includes("Ken"))).toHaveLength(1);

    // She answers Yui's help request on the team board.
    await m.page.goto(`${server.url}/cohorts/${next.cohortId}`);
    await m.page.locator("#help textarea[name=body]").first().fill("Змінна зберігає значення, а цикл повторює кроки. 変数は値を入れる箱、ループは繰り返しです。");
    await m.page.locator("#help .inline-form button[type=submit]").first().click();
    await expect.poll(() => m.page.locator("#help .replies").textContent()).toContain("変数は値を入れる箱");

    // She logs a session.
    await m.page.goto(`${server.url}/mentor/cohorts/${next.cohortId}/sessions`);
    await m.page.locator("input[name=minutes]").fill("40");
    await m.page.locator("textarea[name=notes]").fill("Ken ще не почав; домовилися про дзвінок.");
    await m.page.locator("form.narrow-form button[type=submit]").click();
    await expect.poll(() => m.page.textContent("main")).toContain("Ken ще не почав");
    expect(m.problems).toEqual([]);
    await m.context.close();

    // Yui, in Japanese with JavaScript off, sees the reply and who her mentor is.
    const y = await newContext(browser, { locale: "ja-JP", javaScriptEnabled: false });
    for (const [name, value] of yui.client.cookies) await y.context.addCookies([{ name, value, url: server.url }]);
    await y.page.goto(`${server.url}/cohorts/${next.cohortId}`);
    expect(await y.page.textContent("main")).toContain("Mariia");
    expect(await y.page.locator("#help .replies").textContent()).toContain("変数は値を入れる箱");
    await y.page.goto(`${server.url}/notifications`);
    expect(await y.page.textContent("main")).toContain("Mariia");
    // The notes are the mentor's: not on the team's pages.
    await y.page.goto(`${server.url}/cohorts/${next.cohortId}`);
    expect(await y.page.textContent("main")).not.toContain("домовилися про дзвінок");
    await y.context.close();
  });
});
