import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, signUpInBrowser, verifyAndSignInBrowser } from "../support/browser";
import { uniqueEmail } from "../support/http-client";
import { startServer, type TestServer } from "../support/server";

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const LANGUAGES = [
  {
    button: "Українська",
    lang: "uk",
    coursesHeading: "Курси",
    course: "Основи RPA",
    start: "Почати перший урок",
    lessonTitle: "Що таке RPA — і чим вона не є",
    bodyText: "програмний робот",
    next: "Наступний:",
  },
  {
    button: "日本語",
    lang: "ja",
    coursesHeading: "コース",
    course: "RPAの基礎",
    start: "最初のレッスンを始める",
    lessonTitle: "RPAとは何か",
    bodyText: "ソフトウェアロボット",
    next: "次へ：",
  },
] as const;

describe.each([
  { javaScriptEnabled: true, label: "with JavaScript" },
  { javaScriptEnabled: false, label: "with JavaScript disabled" },
])("a new learner reads a lesson $label", ({ javaScriptEnabled }) => {
  it.each(LANGUAGES)("signs up, switches to $lang, opens a lesson and reads it in $lang", async (l) => {
    const { context, page, problems } = await newContext(browser, { javaScriptEnabled, locale: "en-US" });
    try {
      await page.goto(`${server.url}/signup`);
      expect(await page.getAttribute("html", "lang")).toBe("en");
      await page.getByLabel("Your name").fill("Test Learner");
      const email = uniqueEmail(`e2e-${l.lang}`);
      await page.getByLabel("E-mail address").fill(email);
      await page.getByLabel("Password", { exact: true }).fill("a sunny day in Sendai");
      await page.getByRole("button", { name: "Sign up" }).click();
      await verifyAndSignInBrowser(page, server.url, email, "a sunny day in Sendai", "/courses");
      await expect.poll(() => page.textContent("h1")).toBe("Courses");

      // The switcher is a plain form: one tap, works without JavaScript.
      await page.getByRole("button", { name: l.button }).click();
      await page.waitForFunction((lang) => document.documentElement.lang === lang, l.lang);
      await expect.poll(() => page.textContent("h1")).toBe(l.coursesHeading);
      expect(await page.getByRole("button", { name: l.button }).getAttribute("aria-pressed")).toBe("true");

      await page.getByRole("link", { name: l.course }).click();
      await expect.poll(() => page.textContent("h1")).toBe(l.course);
      await page.getByRole("link", { name: l.start }).click();
      await page.waitForURL(/\/lessons\/rpa-what-rpa-is$/);
      await expect.poll(() => page.textContent("h1")).toContain(l.lessonTitle);
      expect(await page.textContent(".prose")).toContain(l.bodyText);
      expect(await page.locator(".notice[role=note]").count()).toBe(0); // no English fallback
      expect(await page.textContent(".pager")).toContain(l.next);

      // The choice is saved on the account: a new visit stays in this language.
      await page.goto(`${server.url}/courses`);
      expect(await page.getAttribute("html", "lang")).toBe(l.lang);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("the lesson body is sent once", () => {
  it("is in the markup only, survives hydration, and a client-side navigation brings the next one", async () => {
    const { context, page, problems } = await newContext(browser, { locale: "uk-UA" });
    try {
      await signUpInBrowser(page, server.url, "Body Reader", "uk", "/courses/rpa-foundations/lessons/rpa-what-rpa-is");
      const body = "програмний робот";
      // The document carries the body's text once: not again in the hydration data.
      const html = await (await page.request.get(`${server.url}/courses/rpa-foundations/lessons/rpa-what-rpa-is`)).text();
      expect(html.split(body).length - 1).toBe(1);

      await page.waitForFunction(() => window.__kumiStarted === true);
      expect(await page.textContent(".prose")).toContain(body);

      await page.locator('a[rel="next"]').click();
      await page.waitForURL(/\/lessons\/rpa-in-japanese-offices$/);
      // The next lesson's own title: words of its body may occur in the first lesson too.
      await expect.poll(() => page.textContent("h1")).toContain("RPA в японських офісах");
      expect(await page.textContent(".prose")).not.toContain(body);
      await page.goBack();
      await expect.poll(() => page.textContent(".prose")).toContain(body);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("a tap while the page is still starting", () => {
  it("does not break hydration (React error #345 with single fetch)", async () => {
    const { context, page, problems } = await newContext(browser, { locale: "ja-JP" });
    try {
      // Key presses from the moment the document is parsed until the app has
      // started, as from a person tapping on a slow phone while scripts run.
      await page.addInitScript(() => {
        document.addEventListener("DOMContentLoaded", () => {
          const press = () => {
            document.body.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, key: "Shift" }));
            if (!window.__kumiStarted) setTimeout(press, 0);
          };
          press();
        });
      });
      for (let i = 0; i < 3; i++) {
        await page.goto(`${server.url}/courses/rpa-foundations`);
        await page.waitForFunction(() => window.__kumiStarted === true, undefined, { timeout: 10_000 });
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
