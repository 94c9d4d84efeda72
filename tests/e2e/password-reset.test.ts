import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext } from "../support/browser";
import { linkIn } from "../support/mail";
import { signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// Forgot password, in each language, as a person does it. Without SMTP the
// e-mail stays in the outbox, and an admin reads it at /admin/mail, as in the demo.
let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("forgot password → e-mail → new password → signed in", () => {
  for (const [locale, forgot, logout] of [
    ["en", "Forgot your password?", "Log out"],
    ["uk", "Забули пароль?", "Вийти"],
    ["ja", "パスワードを忘れましたか?", "ログアウト"],
  ] as const) {
    it(`in ${locale}`, async () => {
      const { email } = await signUp(server, { name: `Forgetful ${locale}`, locale });
      const admin = await signUp(server, { name: `Admin ${locale}`, roles: ["admin"] });

      const { context, page, problems } = await newContext(browser, { locale });
      await page.goto(`${server.url}/login`);
      // The login page has an e-mail field too: wait for the new page before typing.
      await Promise.all([page.waitForURL(`${server.url}/forgot-password`), page.getByRole("link", { name: forgot }).click()]);
      // A client-side navigation changes the address a moment before the new page is drawn:
      // wait for the reset form itself, or the login form's field could take the address.
      const forgotForm = page.locator("form#forgot-form");
      await forgotForm.waitFor();
      await forgotForm.locator('input[name="email"]').fill(email);
      await forgotForm.locator("button[type=submit]").click();
      await page.locator('[role="status"]').filter({ hasText: email }).waitFor();

      // The admin reads the e-mail on /admin/mail and passes the link on.
      const adminView = await newContext(browser, { locale: "en" });
      await adminView.context.addCookies([...admin.client.cookies].map(([name, value]) => ({ name, value, url: server.url })));
      await adminView.page.goto(`${server.url}/admin/mail`);
      await adminView.page.locator("tr", { hasText: email }).first().getByRole("link").click();
      const text = (await adminView.page.getByTestId("mail-text").textContent()) ?? "";
      expect(await adminView.page.getByTestId("mail-html").textContent()).toContain("<a href=");
      expect(adminView.problems, adminView.problems.join("\n")).toEqual([]);
      await adminView.context.close();

      await page.goto(`${server.url}${linkIn(text, "/reset-password")}`);
      await page.locator('input[name="password"]').fill("a fresh start in spring");
      await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/reset-password")), page.locator("main form button[type=submit]").click()]);
      await expect.poll(() => page.locator("header.site-header").textContent()).toContain(logout);
      expect(await page.locator("html").getAttribute("lang")).toBe(locale);
      expect(problems, problems.join("\n")).toEqual([]);
      await context.close();
    });
  }
});
