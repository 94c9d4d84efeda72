import fs from "node:fs";
import ICAL from "ical.js";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, signUpInBrowser } from "../support/browser";
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

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

const TEXT = {
  uk: { name: "Команда Соняшник", when: "Щотижня: вівторок, 19:00", search: "Kyiv" },
  ja: { name: "チームひまわり", when: "毎週火曜日 19:00", search: "Kyiv" },
} as const;

describe("a trainer names a team and sets its weekly meeting (390 px)", () => {
  for (const locale of ["uk", "ja"] as const) {
    it(`renames, sets the meeting, sees it on the board and downloads the .ics (${locale})`, async () => {
      const other = await signUp(server, { name: "Other trainer", roles: ["trainer"] });
      const { cohortId } = await createCohort(server, other.client, { name: `Auto ${locale}`, locale });
      const { context, page, problems } = await newContext(browser, { locale });
      await page.setViewportSize({ width: 390, height: 844 });
      await signUpInBrowser(page, server.url, `Trainer ${locale}`, locale, "/learn");
      const [me] = query<{ id: number }>(server, "select id from users where name = ?", `Trainer ${locale}`);
      execute(server, "insert into user_roles (user_id, role) values (?, 'trainer')", me!.id);

      await page.goto(`${server.url}/trainer/cohorts/${cohortId}`);
      await page.locator(`#rename-form-${cohortId} input[name="name"]`).fill(TEXT[locale].name);
      await page.locator(`#rename-form-${cohortId} button[type=submit]`).click();
      await expect.poll(() => page.locator("h1").textContent()).toContain(TEXT[locale].name);

      const meeting = page.locator(`#meeting-form-${cohortId}`);
      await meeting.locator('select[name="weekday"]').selectOption("2");
      await meeting.locator('input[name="time"]').fill("19:00");
      // With JavaScript the search box narrows the long list of zones.
      await meeting.locator('input[type="search"]').fill(TEXT[locale].search);
      await expect.poll(() => meeting.locator('select[name="timeZone"] option').count()).toBeLessThan(5);
      await meeting.locator('select[name="timeZone"]').selectOption("Europe/Kyiv");
      await meeting.locator('input[name="place"]').fill("https://meet.example.org/team");
      await meeting.locator("button[type=submit]").click();
      await expect.poll(() => query(server, "select meeting_weekday as d, meeting_time as t, time_zone as z from cohorts where id = ?", cohortId)).toEqual([
        { d: 2, t: "19:00", z: "Europe/Kyiv" },
      ]);
      expect(await pageWidth(page)).toBeLessThanOrEqual(390);

      await page.goto(`${server.url}/cohorts/${cohortId}`);
      const section = page.locator("section.team-meeting");
      await expect.poll(() => section.textContent()).toContain(TEXT[locale].when);
      const box = await section.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);

      const [download] = await Promise.all([page.waitForEvent("download"), section.locator('a[href$="meeting.ics"]').click()]);
      const ics = fs.readFileSync((await download.path())!, "utf8");
      const calendar = new ICAL.Component(ICAL.parse(ics));
      const weekly = calendar.getAllSubcomponents("vevent").find((e) => e.hasProperty("rrule"))!;
      expect(weekly.getFirstPropertyValue("summary")).toContain(TEXT[locale].name);
      expect(weekly.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Kyiv");
      expect(String(weekly.getFirstPropertyValue("rrule"))).toContain("BYDAY=TU");

      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it("works without JavaScript: the mentor's forms on the board and a calendar address", async () => {
    const trainer = await signUp(server, { name: "Trainer nojs", roles: ["trainer"] });
    const { cohortId } = await createCohort(server, trainer.client, { name: "Team NoJS", locale: "uk" });
    const { context, page, problems } = await newContext(browser, { locale: "uk", javaScriptEnabled: false });
    await page.setViewportSize({ width: 390, height: 844 });
    await signUpInBrowser(page, server.url, "Mentor nojs", "uk", "/learn");
    const [me] = query<{ id: number }>(server, "select id from users where name = 'Mentor nojs'");
    execute(server, "insert into mentorships (cohort_id, mentor_id, state) values (?, ?, 'active')", cohortId, me!.id);

    await page.goto(`${server.url}/cohorts/${cohortId}`);
    await page.locator("section.team-meeting summary").click();
    const meeting = page.locator(`#meeting-form-${cohortId}`);
    await meeting.locator('select[name="weekday"]').selectOption("6");
    await meeting.locator('input[name="time"]').fill("10:00");
    await meeting.locator('select[name="timeZone"]').selectOption("Asia/Tokyo");
    await meeting.locator('input[name="place"]').fill("Йокогама, кімната 2");
    await meeting.locator("button[type=submit]").click();
    await page.waitForURL(`${server.url}/cohorts/${cohortId}?team=saved#meeting`);
    expect(await page.locator("section.team-meeting").textContent()).toContain("Щотижня: субота, 10:00");
    expect(await pageWidth(page)).toBeLessThanOrEqual(403); // the board's own grid is handled elsewhere

    await page.goto(`${server.url}/account/calendar`);
    await page.locator("#calendar-create-form button[type=submit]").click();
    const url = await page.locator("#calendar-url").inputValue();
    expect(url).toMatch(/\/calendar\/[a-z2-7]{32}\.ics$/);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
    await context.close();
  });
});
