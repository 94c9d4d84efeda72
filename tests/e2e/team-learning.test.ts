import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCurriculum } from "~/curriculum/load.server";
import type { QuizQuestion } from "~/curriculum/types";
import { launchBrowser, newContext, signUpInBrowser } from "../support/browser";
import { Client } from "../support/http-client";
import { createCohort, query, signUp } from "../support/scenario";
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
const lessons = course.modules.flatMap((m) => m.lessons);

/** The right answers, read from the content (the test knows; the browser never did). */
function rightAnswers(lessonId: string, locale: "en" | "uk" | "ja"): Record<string, string[]> {
  const lesson = lessons.find((l) => l.id === lessonId)!;
  const questions = (lesson.variants[locale] ?? lesson.variants.en).questions as QuizQuestion[];
  return Object.fromEntries(
    questions.map((q) => [q.id, q.type === "short" ? [q.accept[0]!] : q.options.filter((o) => o.correct).map((o) => o.id)]),
  );
}

describe("a team learns together", () => {
  it("five join by invite, a sixth is refused; a quiz, an exercise, a review, a finished course and a certificate", async () => {
    const trainer = await signUp(server, { name: "Trainer", roles: ["trainer"] });
    const { cohortId, inviteCode } = await createCohort(server, trainer.client, { name: "Команда Сакура", locale: "uk" });
    await trainer.client.post(`/trainer/cohorts/${cohortId}`, { intent: "state", state: "active" });
    const invite = `/join/${inviteCode}`;

    // Olena (Ukrainian, JavaScript on) and Aiko (Japanese, JavaScript off) join in the browser.
    const olena = await newContext(browser, { locale: "uk-UA" });
    await signUpInBrowser(olena.page, server.url, "Олена Коваленко", "uk", invite);
    await olena.page.getByRole("button", { name: "Приєднатися до цієї команди" }).click();
    await olena.page.waitForURL(new RegExp(`/cohorts/${cohortId}`));
    await expect.poll(() => olena.page.textContent("h1")).toBe("Команда Сакура");

    const aiko = await newContext(browser, { locale: "ja-JP", javaScriptEnabled: false });
    await signUpInBrowser(aiko.page, server.url, "山田 愛子", "ja", invite);
    await aiko.page.getByRole("button", { name: "このチームに参加する" }).click();
    await aiko.page.waitForURL(new RegExp(`/cohorts/${cohortId}`));

    // Three more through the same link (the same form, driven over HTTP).
    for (const name of ["Taras", "Iryna", "Mykola"]) {
      const { client } = await signUp(server, { name, locale: "uk" });
      expect((await client.post(invite, {})).status).toBe(303);
    }

    // The sixth is told the team is full before any button, and offered the waiting list.
    const sixth = await newContext(browser, { locale: "en-US" });
    await signUpInBrowser(sixth.page, server.url, "Sixth Person", "en", invite);
    expect(await sixth.page.locator("main .notice.warning h2").textContent()).toBe("This team is full");
    expect(await sixth.page.getByRole("button", { name: "Join this team" }).count()).toBe(0);
    await sixth.context.close();

    // Olena reads a lesson and marks it complete.
    const o = olena.page;
    await o.goto(`${server.url}/courses/rpa-foundations/lessons/rpa-what-rpa-is`);
    await o.getByRole("button", { name: "Позначити урок як завершений" }).click();
    await expect.poll(() => o.locator(".done").textContent()).toContain("Завершено");

    // She passes the quiz: graded on the server.
    await o.goto(`${server.url}/courses/rpa-foundations/lessons/rpa-basics-quiz`);
    expect(await o.content()).not.toContain('"correct"'); // no answers in the page before submitting
    for (const [qid, answer] of Object.entries(rightAnswers("rpa-basics-quiz", "uk"))) {
      const inputs = o.locator(`[name="q_${qid}"]`);
      if ((await inputs.first().getAttribute("type")) === "text") await inputs.fill(answer[0]!);
      else for (const id of answer) await o.locator(`[name="q_${qid}"][value="${id}"]`).check();
    }
    await o.getByRole("button", { name: "Надіслати відповіді" }).click();
    await expect.poll(() => o.locator(".notice.success").first().textContent()).toContain("100");

    // She hands in the exercise.
    await o.goto(`${server.url}/courses/rpa-foundations/lessons/rpa-map-a-process`);
    await o.locator("textarea[name=answer]").fill("1. Відкрити пошту\n2. Зберегти рахунок у папку\n3. Внести суму в Excel");
    await o.getByRole("button", { name: "Здати" }).click();
    await expect.poll(() => o.locator(".exercise .notice").textContent()).toContain("чекає на перевірку");

    // Aiko (Japanese, no JavaScript) sees Olena's progress on the team board and reviews the exercise.
    const a = aiko.page;
    await a.goto(`${server.url}/cohorts/${cohortId}`);
    const olenaCard = a.locator(".member", { hasText: "Олена Коваленко" });
    expect(await olenaCard.textContent()).toMatch(/\d+\s?%/);
    expect(await a.locator("td.cell-done").count()).toBeGreaterThanOrEqual(2);
    await a.getByRole("link", { name: "レビューする" }).first().click();
    await a.locator("textarea[name=comment]").fill("とても分かりやすい手順です。");
    await a.getByRole("button", { name: "承認する" }).click();
    await expect.poll(() => a.locator(".notice.success").textContent()).toContain("レビュー");

    // Olena sees the review and finishes the rest of the course.
    await o.goto(`${server.url}/courses/rpa-foundations/lessons/rpa-map-a-process`);
    expect(await o.locator(".review-comment").textContent()).toContain("とても分かりやすい手順です。");
    const olenaHttp = new Client(server.url, { acceptLanguage: "uk" });
    for (const cookie of await olena.context.cookies()) olenaHttp.cookies.set(cookie.name, cookie.value);
    const aikoHttp = new Client(server.url);
    for (const cookie of await aiko.context.cookies()) aikoHttp.cookies.set(cookie.name, cookie.value);
    for (const lesson of lessons) {
      const path = `/courses/rpa-foundations/lessons/${lesson.id}`;
      const kind = lesson.variants.en.kind;
      if (kind === "reading") await olenaHttp.post(path, { intent: "complete" });
      if (kind === "team-activity") await olenaHttp.post(path, { intent: "team", confirm: "yes" });
      if (kind === "quiz") {
        const form = new URLSearchParams({ intent: "quiz" });
        for (const [qid, answer] of Object.entries(rightAnswers(lesson.id, "uk"))) for (const v of answer) form.append(`q_${qid}`, v);
        await olenaHttp.post(path, form.toString());
      }
      if (kind === "exercise" && lesson.id !== "rpa-map-a-process") {
        await olenaHttp.post(path, { intent: "exercise", answer: lesson.variants.en.submit === "link" ? "https://docs.example.org/handover" : "Done" });
        const [row] = query<{ id: number }>(server, "select id from exercise_submissions where lesson_id = ? order by id desc limit 1", lesson.id);
        expect((await aikoHttp.post(`/cohorts/${cohortId}/submissions/${row!.id}`, { decision: "accepted", comment: "" })).status).toBe(303);
      }
    }

    // The certificate is announced and verifies for anyone, signed out.
    await o.goto(`${server.url}/notifications`);
    const certLink = o.getByRole("link", { name: /Вітаємо/ });
    const href = await certLink.getAttribute("href");
    expect(href).toMatch(/^\/certificates\/[a-z2-7]{16}$/);
    const visitor = await newContext(browser, { locale: "ja-JP" });
    const res = await visitor.page.goto(`${server.url}${href}`);
    expect(res?.status()).toBe(200);
    const text = await visitor.page.textContent(".certificate");
    expect(text).toContain("Олена Коваленко");
    expect(text).toContain("RPAの基礎");
    expect(text).toContain("kumi");
    await visitor.context.close();

    expect(olena.problems).toEqual([]);
    expect(aiko.problems).toEqual([]);
    await olena.context.close();
    await aiko.context.close();
  });
});
