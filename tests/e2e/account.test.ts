import fs from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import enAccount from "../../locales/en/account.json";
import jaAccount from "../../locales/ja/account.json";
import ukAccount from "../../locales/uk/account.json";
import enAuth from "../../locales/en/auth.json";
import jaAuth from "../../locales/ja/auth.json";
import ukAuth from "../../locales/uk/auth.json";
import { launchBrowser, newContext } from "../support/browser";
import { signUp } from "../support/scenario";
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

const STRINGS = {
  en: { account: enAccount, auth: enAuth },
  uk: { account: ukAccount, auth: ukAuth },
  ja: { account: jaAccount, auth: jaAuth },
};

// On a phone, in each language: the account page switches the interface's
// language, hands over the data as a JSON download, and deletes the account
// for good.
describe("my account in the browser (390 px)", () => {
  for (const [target, from] of [
    ["en", "ja"],
    ["uk", "en"],
    ["ja", "uk"],
  ] as const) {
    it(`a ${from} account switches to ${target}, downloads its data, is deleted and cannot sign in`, async () => {
      const { email } = await signUp(server, { name: `Browser ${target}`, locale: from });
      const { context, page, problems } = await newContext(browser, { locale: from });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${server.url}/login`);
      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="password"]').fill("a long password");
      await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/login")), page.locator("main form button[type=submit]").first().click()]);

      // The header's own link (in the phone's folded menu), in the account's present language.
      await page.locator(".site-menu > summary").click();
      await page.locator("header.site-header").getByRole("link", { name: STRINGS[from].account.nav }).click();
      await page.waitForURL(`${server.url}/account`);
      await page.locator("#profile-form select[name=locale]").selectOption(target);
      await page.locator("#profile-form button[type=submit]").click();
      await expect.poll(() => page.locator("html").getAttribute("lang")).toBe(target);
      await expect.poll(() => page.locator("h1").textContent()).toBe(STRINGS[target].account.title);
      await expect.poll(() => page.locator("header.site-header").textContent()).toContain(STRINGS[target].account.nav);
      expect(await page.getByRole("status").textContent()).toBe(STRINGS[target].account.saved.profile);

      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: STRINGS[target].account.data.download }).click()]);
      expect(download.suggestedFilename()).toMatch(/^kumi-my-data-.*\.json$/);
      const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
      expect(data.profile).toMatchObject({ email, language: target });

      await page.locator('#delete-form input[value="remove"]').check();
      await page.locator("#delete-form input[name=currentPassword]").fill("a long password");
      await Promise.all([page.waitForURL(`${server.url}/?accountDeleted`), page.locator("#delete-form button[type=submit]").click()]);

      await page.goto(`${server.url}/login`);
      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="password"]').fill("a long password");
      await page.locator("main form button[type=submit]").first().click();
      await expect.poll(() => page.locator("[role=alert]").first().textContent()).toBe(STRINGS[target].auth.errors.invalidCredentials);
      expect(new URL(page.url()).pathname).toBe("/login");
      // The refused sign-in itself is a 401, which Chromium reports as a failed resource.
      expect(problems.filter((p) => !p.includes("status of 401"))).toEqual([]);
      expect(problems).toHaveLength(1);
      await context.close();
    });
  }
});
