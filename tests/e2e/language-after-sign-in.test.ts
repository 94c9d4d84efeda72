import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

// With JavaScript on, signing in is a client-side navigation: the menus must
// change language together with the data, on the first page after sign-in.
describe("the interface follows the account's language after sign-in", () => {
  for (const [account, browserLocale, courses, logout] of [
    ["ja", "en-US", "コース", "ログアウト"],
    ["uk", "ja-JP", "Курси", "Вийти"],
  ] as const) {
    it(`a ${account} account signing in from a ${browserLocale} browser sees ${account} menus at once (390 px)`, async () => {
      const { email } = await signUp(server, { locale: account });
      const { context, page, problems } = await newContext(browser, { locale: browserLocale });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${server.url}/login`);
      expect(await page.locator("html").getAttribute("lang")).not.toBe(account);
      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="password"]').fill("a long password");
      await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/login")), page.locator("main form button[type=submit]").first().click()]);
      await expect.poll(() => page.locator("html").getAttribute("lang")).toBe(account);
      const header = page.locator("header.site-header");
      await expect.poll(() => header.textContent()).toContain(courses);
      expect(await header.textContent()).toContain(logout);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
