// npm run screenshots: the team board, a lesson and the partner report, in
// English, at a phone's width (390 px) and a desktop's (1280 px), as full-page
// PNGs in docs/screenshots/. Run `npm run build` first: this starts the built
// app on a fresh demo database (the same seed as `npm run demo`) and drives
// Debian's Chromium; nothing reaches the network. Japanese glyphs need a CJK
// font on the machine (Debian: fonts-noto-cjk), or they show as boxes.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "../tests/support/browser";
import { seedDemo } from "../tests/support/demo";
import { startServer } from "../tests/support/server";
import { DEMO_PASSWORD } from "./demo-accounts";

const OUT = "docs/screenshots";
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

if (!fs.existsSync("build/server/index.js")) {
  console.error("No build found: run `npm run build` first.");
  process.exit(1);
}

/** Signs in through the real form, then switches the interface to English with the footer's buttons. */
async function signIn(browser: Browser, baseUrl: string, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "en-US", viewport: WIDTHS[0] });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL((url) => url.pathname !== "/login"), page.locator('form:has(input[name="password"]) button[type="submit"]').click()]);
  await Promise.all([page.waitForLoadState("load"), page.locator('.language-switcher button[value="en"]').click()]);
  return page;
}

async function shoot(page: Page, url: string, name: string) {
  for (const viewport of WIDTHS) {
    await page.setViewportSize(viewport);
    await page.goto(url);
    const file = path.join(OUT, `${name}-${viewport.width}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
    console.log(`  ${file}`);
  }
}

async function firstLink(page: Page, url: string, selector: string): Promise<string> {
  await page.goto(url);
  const href = await page.locator(selector).first().getAttribute("href");
  if (!href) throw new Error(`no link ${selector} on ${url}`);
  return new URL(href, url).toString();
}

const server = await startServer({ DATABASE_PATH: seedDemo(), AUTH_RATE_LIMIT_PER_MINUTE: "1000" });
const browser = await launchBrowser();
try {
  fs.mkdirSync(OUT, { recursive: true });
  console.log(`Screenshots into ${OUT}/:`);

  // Olena, a learner: her team's board and a lesson of her course.
  const learner = await signIn(browser, server.url, "olena@demo.kumi.test");
  const board = await firstLink(learner, `${server.url}/learn`, 'main a[href^="/cohorts/"]');
  await shoot(learner, board, "team-board");
  const outline = await firstLink(learner, board, 'main a[href^="/courses/"]');
  const courseId = new URL(outline).pathname.split("/")[2];
  // The course's first lesson: a reading lesson, the kind most of a course is made of.
  await shoot(learner, await firstLink(learner, `${server.url}/courses/${courseId}`, 'main .lessons a[href*="/lessons/"]'), "lesson");

  // Daniel, a partner manager: his firm's report.
  const partner = await signIn(browser, server.url, "daniel@demo.kumi.test");
  await shoot(partner, `${server.url}/partner`, "partner-report");
} finally {
  await browser.close();
  await server.stop();
}
