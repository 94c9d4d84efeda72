import { spawnSync } from "node:child_process";
import fs from "node:fs";
import axe from "axe-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "~/i18n/config";
import { launchBrowser, newContext } from "../support/browser";
import { startServer, tempDbPath, type TestServer } from "../support/server";

// axe over every page of the demo, for every role, in every language, at a phone
// and a desktop width; and no page wider than the screen. Pages are found by following the links each person sees,
// starting from where they land, so a new page is checked without being listed
// here. One URL per route pattern is checked (one lesson page stands for ninety).

const PASSWORD = "kumi-demo-2026";
const ROLES: { who: string; email: string | null; start: string[] }[] = [
  { who: "signed out", email: null, start: ["/", "/courses", "/login", "/signup"] },
  { who: "learner in a team", email: "olena@demo.kumi.test", start: ["/learn"] },
  { who: "waiting learner", email: "waiting1@demo.kumi.test", start: ["/learn"] },
  { who: "mentor", email: "natalia@demo.kumi.test", start: ["/mentor", "/learn", "/work/3/workspace"] },
  { who: "trainer", email: "yuki@demo.kumi.test", start: ["/trainer/cohorts", "/trainer/content"] },
  { who: "partner manager", email: "daniel@demo.kumi.test", start: ["/partner", "/work", "/work/new", "/work/2/workspace"] },
  // /partner takes a funder's member to its outcome report; Natalia's /learn links to her outcome ask and portfolio.
  { who: "funder", email: "hana@demo.kumi.test", start: ["/partner"] },
  { who: "admin", email: "admin@demo.kumi.test", start: ["/"] },
];
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
// Every page a person can reach by links, but not the ones that act or download (CSV reports, credential files, calendar files).
const SKIP = /^\/(logout|language|healthz|media\/|account\/data)|\.(csv|json|ics)$/;
const PER_PATTERN = 1;
const MAX_PAGES = 40;

/** The route patterns of app/routes.ts, to group URLs by the page they show. */
const patterns = [...fs.readFileSync("app/routes.ts", "utf8").matchAll(/route\("([^"]+)"/g)].map((m) => m[1]!.split("/"));
function patternOf(pathname: string): string {
  const parts = pathname.split("/").filter(Boolean);
  if (parts.length === 0) return "/";
  const found = patterns.find(
    (p) => p.length === parts.length && p.every((segment, i) => segment.startsWith(":") || segment === parts[i]),
  );
  return found ? found.join("/") : "*";
}

interface Violation {
  page: string;
  id: string;
  impact: string | null | undefined;
  nodes: string[];
}

async function audit(page: Page): Promise<Violation[]> {
  const results = (await page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    return w.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
  })) as axe.AxeResults;
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ page: page.url(), id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  const dbPath = tempDbPath("axe");
  const seeded = spawnSync(process.execPath, ["--import", "tsx", "scripts/demo-seed.ts"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_PATH: dbPath },
    encoding: "utf8",
  });
  if (seeded.status !== 0) throw new Error(`demo seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
  [server, browser] = await Promise.all([startServer({ DATABASE_PATH: dbPath, AUTH_RATE_LIMIT_PER_MINUTE: "10000" }), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, email: string) {
  await page.goto(`${server.url}/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/login")), page.locator("main form button[type=submit]").first().click()]);
}

async function chooseLanguage(page: Page, locale: Locale, path: string) {
  await page.goto(`${server.url}${path}`);
  await Promise.all([page.waitForLoadState("load"), page.locator(`.language-switcher button[value="${locale}"]`).click()]);
  await expect.poll(() => page.locator("html").getAttribute("lang")).toBe(locale);
}

describe("accessibility (axe, WCAG 2.1 A and AA)", () => {
  for (const role of ROLES) {
    it(`has no serious or critical violation for the ${role.who}, in ${LOCALES.join(", ")}, at 390 and 1280 px`, async () => {
      const { context, page, problems } = await newContext(browser);
      // axe is injected through the DevTools protocol, which the page's CSP does not govern.
      await context.addInitScript({ content: axe.source });
      if (role.email) await signIn(page, role.email);
      const violations: Violation[] = [];
      const overflowing: string[] = [];
      const visitedPatterns = new Set<string>();
      for (const locale of LOCALES) {
        await chooseLanguage(page, locale, role.start[0]!);
        const seen = new Map<string, number>();
        const queue = [...role.start];
        const done = new Set<string>();
        while (queue.length && done.size < MAX_PAGES) {
          const path = queue.shift()!;
          if (done.has(path)) continue;
          const pattern = patternOf(new URL(path, server.url).pathname);
          if ((seen.get(pattern) ?? 0) >= PER_PATTERN) continue;
          seen.set(pattern, (seen.get(pattern) ?? 0) + 1);
          done.add(path);
          visitedPatterns.add(pattern);
          await page.setViewportSize(WIDTHS[0]!);
          const response = await page.goto(`${server.url}${path}`);
          expect(response?.status(), `${role.who} ${path}`).toBeLessThan(500);
          for (const size of WIDTHS) {
            await page.setViewportSize(size);
            violations.push(...(await audit(page)).map((v) => ({ ...v, page: `${locale} ${size.width}px ${path}` })));
            // No page may be wider than the screen: wide tables scroll inside themselves.
            const width = await page.evaluate(() => document.documentElement.scrollWidth);
            if (width > size.width) overflowing.push(`${locale} ${size.width}px ${path}: ${width}px wide`);
          }
          const links = await page.locator("a[href^='/']").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
          for (const href of links) {
            const url = new URL(href, server.url);
            const target = url.pathname + url.search;
            if (!SKIP.test(url.pathname) && !done.has(target)) queue.push(target);
          }
        }
      }
      await context.close();
      expect(violations).toEqual([]);
      expect(overflowing).toEqual([]);
      expect(problems).toEqual([]);
      // The walk must have reached real pages, not stopped at a sign-in screen.
      expect(visitedPatterns.size, [...visitedPatterns].join(" ")).toBeGreaterThanOrEqual(role.email ? 3 : 4);
    }, 600_000);
  }
});
