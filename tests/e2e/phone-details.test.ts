import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCourse } from "~/curriculum/index.server";
import type { Client } from "../support/http-client";
import { launchBrowser } from "../support/browser";
import { createCohort, execute, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// The small things a person notices on a phone (390 × 844), in Ukrainian and
// Japanese: a full team and a dead invite link say so first, invite links can
// be copied (or scanned), the header stays one line with the language in
// reach, and the partner report's chart is labelled.

const PHONE = { width: 390, height: 844 };
type Lang = "uk" | "ja";

let server: TestServer;
let browser: Browser;
let trainer: Client;
let staff: Record<Lang, Client>;
let outsider: Record<Lang, Client>;
let fullInvite: string;
let revokedInvite: string;
let orgId: number;
let cohortId: number;

async function open(options: { as?: Client; lang: Lang; js?: boolean; width?: number }): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    locale: options.lang === "uk" ? "uk-UA" : "ja-JP",
    javaScriptEnabled: options.js ?? true,
    viewport: { width: options.width ?? PHONE.width, height: PHONE.height },
  });
  for (const [name, value] of options.as?.cookies ?? []) await context.addCookies([{ name, value, url: server.url }]);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console.error: ${msg.text()}`);
  });
  return { context, page, problems };
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" }), launchBrowser()]);
  trainer = (await signUp(server, { name: "Trainer", roles: ["trainer"], locale: "uk" })).client;
  staff = { uk: trainer, ja: (await signUp(server, { name: "Sato Yuki", roles: ["trainer"], locale: "ja" })).client };
  outsider = { uk: (await signUp(server, { name: "Oksana", locale: "uk" })).client, ja: (await signUp(server, { name: "Yuki", locale: "ja" })).client };

  // A team of five: full.
  const full = await createCohort(server, trainer, { name: "Повна команда" });
  fullInvite = `/join/${full.inviteCode}`;
  for (let i = 0; i < 5; i++) await (await signUp(server, { name: `Member ${i}` })).client.post(fullInvite, {});

  // A firm with one revoked commission and one open one whose three staff learn this week.
  const res = await trainer.post("/trainer/organisations", { name: "Sakura Logistics" });
  orgId = Number(/\/partner\/organisations\/(\d+)/.exec(res.headers.get("location")!)![1]);
  for (let i = 0; i < 2; i++) {
    await trainer.post(`/partner/organisations/${orgId}`, { intent: "commission", courseId: "rpa-foundations", seats: "5", startsOn: "2026-01-01", endsOn: "2099-12-31", languages: "uk" });
  }
  const [revoked, open] = query<{ id: number; code: string }>(server, "select id, invite_code as code from commissions where organisation_id = ? order by id", orgId) as [{ id: number; code: string }, { id: number; code: string }];
  execute(server, "update commissions set revoked_at = ? where id = ?", Date.now(), revoked.id);
  revokedInvite = `/sponsored/${revoked.code}`;
  const team = await createCohort(server, trainer, { name: "Команда Клен" });
  cohortId = team.cohortId;
  const lessons = getCourse("rpa-foundations")!.modules.flatMap((m) => m.lessons).filter((l) => l.variants.en.kind === "reading" && !l.variants.en.draft).slice(0, 2);
  for (let i = 0; i < 3; i++) {
    const staff = (await signUp(server, { name: `Staff ${i}`, locale: "uk" })).client;
    await staff.post(`/sponsored/${open.code}`, { languages: "uk", slots: "weekend", timeZone: "Asia/Tokyo" });
    await staff.post(`/join/${team.inviteCode}`, {});
    for (const lesson of lessons) await staff.post(`/courses/rpa-foundations/lessons/${lesson.id}`, { intent: "complete" });
  }
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each(["uk", "ja"] as const)("on a phone in %s", (lang) => {
  it("a full team's invite says it is full before any button, and offers the waiting list", async () => {
    const { context, page, problems } = await open({ as: outsider[lang], lang });
    await page.goto(`${server.url}${fullInvite}`);
    const notice = page.locator("main .notice.warning");
    expect(await notice.locator("h2").textContent()).toBe(lang === "uk" ? "У цій команді немає вільних місць" : "このチームは定員に達しています");
    expect((await notice.boundingBox())!.y).toBeLessThan(PHONE.height);
    expect(await notice.locator("a.button").getAttribute("href")).toBe("/courses/rpa-foundations/join");
    expect(await page.locator("#join-team-form").count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("a revoked staff link says so at the top and asks for no sign-up or consent", async () => {
    const { context, page } = await open({ lang, js: false });
    await page.goto(`${server.url}${revokedInvite}`);
    // The very next thing after the title.
    expect(await page.locator("main h1 + .notice.warning h2").textContent()).toBe(lang === "uk" ? "Це посилання-запрошення більше не діє" : "この招待リンクは使えなくなりました");
    expect((await page.locator("main h1 + .notice.warning").boundingBox())!.y).toBeLessThan(PHONE.height / 2);
    expect(await page.locator(".consent").count()).toBe(0);
    expect(await page.locator('main a[href^="/signup"]').count()).toBe(0);
    await context.close();
  });

  for (const width of [390, 360]) {
    it(`the header is one line at ${width} px, the language is in the first screen, nothing overflows`, async () => {
      const { context, page, problems } = await open({ as: staff[lang], lang, width });
      for (const path of ["/", "/courses", `/trainer/cohorts/${cohortId}`]) {
        await page.goto(`${server.url}${path}`);
        const header = (await page.locator(".site-header").boundingBox())!;
        expect(header.height, path).toBeLessThanOrEqual(64);
        const language = (await page.locator(".header-language > summary").boundingBox())!;
        expect(language.x + language.width, path).toBeLessThanOrEqual(width);
        expect(language.y + language.height, path).toBeLessThanOrEqual(PHONE.height);
        expect(await pageWidth(page), path).toBeLessThanOrEqual(width);
      }
      // The menu folds open over the page; the links are all there.
      await page.locator(".site-menu > summary").click();
      await expect.poll(() => page.locator('.site-menu a[href="/trainer/content"]').isVisible()).toBe(true);
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it("the language switch in the header works without JavaScript", async () => {
    const { context, page } = await open({ as: outsider[lang], lang, js: false });
    await page.goto(`${server.url}/courses`);
    await page.locator(".header-language > summary").click();
    await Promise.all([page.waitForLoadState("load"), page.locator('.header-language button[value="en"]').click()]);
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator(".header-language > summary").textContent()).toContain("English");
    // Back to the test's language for the other tests of this account.
    await page.locator(".header-language > summary").click();
    await Promise.all([page.waitForLoadState("load"), page.locator(`.header-language button[value="${lang}"]`).click()]);
    await context.close();
  });

  it("the partner report's chart has week labels, a scale, values on the bars, a legend and a caption", async () => {
    const { context, page, problems } = await open({ as: staff[lang], lang });
    await page.goto(`${server.url}/partner/organisations/${orgId}`);
    const chart = page.locator("figure.chart");
    expect(await chart.locator("figcaption .chart-title").textContent()).toBe(lang === "uk" ? "Завершені уроки за тижнями" : "週ごとの完了レッスン数");
    const weeks = await chart.locator(".chart-week").allTextContents();
    expect(weeks).toHaveLength(12);
    // Localised short dates of the last twelve Mondays, the newest last.
    const short = new Intl.DateTimeFormat(lang, { month: "short", day: "numeric", timeZone: "UTC" });
    expect(weeks.every((w) => w.length > 0 && w.length <= 12)).toBe(true);
    expect(weeks.at(-1)).toBe(short.format(lastMonday()));
    // Three people completed two lessons each this week: the bar says 6, the scale runs from 0.
    expect(await chart.locator(".chart-row").nth(11).locator(".chart-value").textContent()).toBe("6");
    expect((await chart.locator(".chart-row").nth(11).locator("rect.chart-bar").getAttribute("width"))!).toMatch(/%$/);
    const ticks = await chart.locator(".chart-tick").allTextContents();
    expect(ticks[0]).toBe("0");
    expect(Number(ticks.at(-1))).toBeGreaterThanOrEqual(6);
    expect(await chart.locator(".chart-axis-title").allTextContents()).toEqual(lang === "uk" ? ["Тиждень з", "Уроки"] : ["週の開始日", "レッスン数"]);
    expect(await chart.locator(".chart-legend").isVisible()).toBe(true);
    // Screen readers get the same figures as a table.
    expect(await chart.locator("table tbody tr").count()).toBe(12);
    expect(await chart.locator("table tbody tr").last().locator("td").textContent()).toBe("6");
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("invite links", () => {
  it("with JavaScript, a button copies the team's link and says so (uk)", async () => {
    const { context, page, problems } = await open({ as: trainer, lang: "uk" });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await page.goto(`${server.url}/trainer/cohorts/${cohortId}`);
    const share = page.locator(".share-link").first();
    const url = await share.locator("input").inputValue();
    expect(url).toMatch(new RegExp(`^${server.url}/join/\\w+$`));
    await share.getByRole("button", { name: "Скопіювати посилання" }).click();
    await expect.poll(() => share.locator("[role=status]").textContent()).toBe("Посилання скопійовано.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("without JavaScript, the link is a read-only field to select, with a QR code (ja)", async () => {
    const { context, page } = await open({ as: staff.ja, lang: "ja", js: false });
    await page.goto(`${server.url}/partner/organisations/${orgId}`);
    const share = page.locator(".card .share-link").first();
    const input = share.locator("input");
    expect(await input.getAttribute("readonly")).not.toBeNull();
    expect(await input.inputValue()).toMatch(new RegExp(`^${server.url}/sponsored/\\w+$`));
    expect(await share.locator("button").count()).toBe(0);
    await share.locator("summary").click();
    const qr = share.locator("details svg[role=img]");
    expect(await qr.getAttribute("aria-label")).toContain("QRコード");
    expect((await qr.locator("path").getAttribute("d"))!.length).toBeGreaterThan(500);
    await context.close();
  });
});

function lastMonday(): Date {
  // The report's weeks start on Monday, Tokyo time.
  const tokyo = new Date(Date.now() + 9 * 3600_000);
  const day = (tokyo.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(tokyo.getUTCFullYear(), tokyo.getUTCMonth(), tokyo.getUTCDate() - day, 12));
}
