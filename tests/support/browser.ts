import fs from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { uniqueEmail } from "./http-client";
import { verificationLink } from "./mail";
import { dbPathOf } from "./server";

export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(candidate)) {
    throw new Error(`Chromium not found at ${candidate}: run "apt-get install -y chromium" or set CHROMIUM_PATH.`);
  }
  return candidate;
}

/** Debian's Chromium, headless, with nothing that reaches for the network. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/**
 * A fresh browser context; fails the test on any page error or console error
 * so that a broken hydration cannot pass unnoticed.
 */
export async function newContext(
  browser: Browser,
  options: { javaScriptEnabled?: boolean; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: options.locale ?? "en-US",
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console.error: ${msg.text()}`);
  });
  return { context, page, problems };
}

/**
 * Signs up through the real form (with any JavaScript setting), follows the
 * link of the verification e-mail (read from the server's outbox), signs in
 * and lands on `next`.
 */
export async function signUpInBrowser(page: Page, baseUrl: string, name: string, locale: "en" | "uk" | "ja", next: string) {
  const email = uniqueEmail("browser");
  const password = "a long enough password";
  await page.goto(`${baseUrl}/signup?redirectTo=${encodeURIComponent(next)}`);
  await page.locator('input[name="name"]').fill(name);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator(`input[name="locale"][value="${locale}"]`).check();
  await page.locator("form.stack button[type=submit]").click();
  await verifyAndSignInBrowser(page, baseUrl, email, password, next);
}

/**
 * After the sign-up form's "check your inbox": opens the verification link from
 * the outbox, signs in and lands on `next`, as a new person does.
 */
export async function verifyAndSignInBrowser(page: Page, baseUrl: string, email: string, password: string, next: string) {
  await page.locator('[role="status"] h1').waitFor();
  await page.goto(`${baseUrl}${verificationLink(dbPathOf(baseUrl), email)}`);
  await page.locator(".notice.success").waitFor();
  await page.goto(`${baseUrl}/login?redirectTo=${encodeURIComponent(next)}`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator("form.stack button[type=submit]").click();
  await page.waitForURL(`${baseUrl}${next}`);
}
