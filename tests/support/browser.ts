import fs from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { uniqueEmail } from "./http-client";

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

/** Signs up through the real form (with any JavaScript setting) and lands on `next`. */
export async function signUpInBrowser(page: Page, baseUrl: string, name: string, locale: "en" | "uk" | "ja", next: string) {
  await page.goto(`${baseUrl}/signup?redirectTo=${encodeURIComponent(next)}`);
  await page.locator('input[name="name"]').fill(name);
  await page.locator('input[name="email"]').fill(uniqueEmail("browser"));
  await page.locator('input[name="password"]').fill("a long enough password");
  await page.locator(`input[name="locale"][value="${locale}"]`).check();
  await page.locator("form.stack button[type=submit]").click();
  await page.waitForURL(`${baseUrl}${next}`);
}
