import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, signUpInBrowser } from "../support/browser";
import { createCohort, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// Study with no signal (docs/decisions/016-offline.md): Chromium's offline
// emulation against the built server and its service worker.

let server: TestServer;
let browser: Browser;
let invite: string;
let cohortId: number;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" }), launchBrowser()]);
  const trainer = await signUp(server, { name: "Trainer", roles: ["trainer"] });
  ({ cohortId, inviteCode: invite } = await createCohort(server, trainer.client, { name: "Team Offline", locale: "uk" }));
  await trainer.client.post(`/trainer/cohorts/${cohortId}`, { intent: "state", state: "active" });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const COURSE = "/courses/rpa-foundations";
const READINGS = ["rpa-what-rpa-is", "rpa-in-japanese-offices", "rpa-process-worth-automating"].map((id) => `${COURSE}/lessons/${id}`);

/** A learner who signed up and joined the team in this browser, with the service worker in control. */
async function learner(name: string, lang: "en" | "uk" | "ja", locale = "en-US") {
  const session = await newContext(browser, { locale });
  await signUpInBrowser(session.page, server.url, name, lang, `/join/${invite}`);
  await session.page.locator("main form button[type=submit]").first().click();
  await session.page.waitForURL(new RegExp(`/cohorts/${cohortId}`));
  await controlled(session.page);
  return session;
}

/** Waits until the service worker controls the page (it registers after load). */
async function controlled(page: Page) {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), null, { timeout: 20_000 });
}

/** The names of the Cache Storage caches that hold people's pages. */
async function pageCaches(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith("kumi-pages-")));
}

/** Paths saved in the person's pages cache. */
async function savedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of (await caches.keys()).filter((n) => n.startsWith("kumi-pages-"))) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

/** Opens a page online and waits until the worker has saved it (it saves in the background). */
async function openAndSave(page: Page, path: string) {
  await page.goto(`${server.url}${path}`);
  await expect.poll(() => savedPaths(page)).toContain(path);
}

async function goOffline(context: BrowserContext, page: Page) {
  await context.setOffline(true);
  await page.waitForFunction(() => !navigator.onLine);
}

describe("offline reading", () => {
  it("opened lessons (and the next one), home, outline and team board open offline with 'saved at'; other pages show the offline page in her language", async () => {
    const { context, page, problems } = await learner("Олена", "uk", "uk-UA");
    try {
      const manifest = await (await page.request.get(`${server.url}/manifest.webmanifest`)).json();
      expect(manifest).toMatchObject({ start_url: "/learn", lang: "uk", short_name: "kumi" });

      await openAndSave(page, "/learn");
      await openAndSave(page, COURSE);
      await openAndSave(page, READINGS[0]!);
      // The next lesson's data is saved along with the one she reads (one small request).
      await expect.poll(() => savedPaths(page)).toContain(`${READINGS[1]}.data`);
      const board = `/cohorts/${cohortId}`;
      await openAndSave(page, board);

      await goOffline(context, page);
      for (const path of ["/learn", COURSE, READINGS[0]!, board]) {
        await page.goto(`${server.url}${path}`);
        await expect.poll(() => page.getByTestId("offline-banner").textContent()).toMatch(/^Ви офлайн\. .* о \d\d:\d\d\.$/);
      }
      // With JavaScript on, a tapped link to the next lesson opens it from the phone (no "our fault" page).
      await page.goto(`${server.url}${READINGS[0]}`);
      await page.locator("a[rel=next]").click();
      await page.waitForURL(`${server.url}${READINGS[1]}`);
      await expect.poll(() => page.locator(".prose").count()).toBe(1);
      await expect.poll(() => page.getByTestId("offline-banner").count()).toBe(1);

      // A page she never opened: the offline page, in Ukrainian, listing what she can read.
      await page.goto(`${server.url}/notifications`);
      await page.waitForURL(/\/offline\?from=%2Fnotifications/);
      await expect.poll(() => page.textContent("h1")).toBe("Ви офлайн");
      await expect.poll(() => page.locator(".saved-pages li").count()).toBeGreaterThanOrEqual(5);
      expect(await page.locator(".saved-pages").textContent()).toContain("збережено о");
      await page.locator(".saved-pages a", { hasText: "Команда" }).or(page.locator(`.saved-pages a[href="${board}"]`)).first().click();
      await page.waitForURL(`${server.url}${board}`);
      await context.setOffline(false);
      expect(problems.filter((p) => !p.includes("ERR_INTERNET_DISCONNECTED"))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("offline actions", () => {
  it("three lessons marked complete, a check-in and a help request made offline survive a reload and arrive exactly once", async () => {
    const { context, page, problems } = await learner("Taras", "en");
    try {
      const { id: userId } = query<{ id: number }>(server, "select id from users where name = 'Taras' order by id desc limit 1")[0]!;
      for (const path of READINGS) await openAndSave(page, path);
      await openAndSave(page, `/cohorts/${cohortId}`);

      await goOffline(context, page);
      // The first tap comes while the page is still starting (React not yet
      // there): it must reach the outbox too, not the browser's offline page.
      await page.addInitScript(() => {
        if (!sessionStorage.getItem("tap-early")) return;
        sessionStorage.removeItem("tap-early");
        document.addEventListener("DOMContentLoaded", () => {
          sessionStorage.setItem("tapped-before-start", String(!window.__kumiStarted));
          [...document.querySelectorAll<HTMLButtonElement>("main button[type=submit]")].find((b) => b.textContent?.trim() === "Mark as complete")?.click();
        });
      });
      await page.evaluate(() => sessionStorage.setItem("tap-early", "1"));
      for (const [index, path] of READINGS.entries()) {
        await page.goto(`${server.url}${path}`);
        if (index > 0) {
          await page.waitForFunction(() => window.__kumiStarted === true);
          await page.getByRole("button", { name: "Mark as complete" }).click();
        }
        await expect.poll(() => page.getByTestId("outbox").locator("li").count()).toBe(index + 1);
      }
      expect(await page.evaluate(() => sessionStorage.getItem("tapped-before-start"))).toBe("true");
      await page.goto(`${server.url}/cohorts/${cohortId}`);
      await page.waitForFunction(() => window.__kumiStarted === true);
      await page.locator("#checkin-form textarea").first().fill("Read three lessons on the train");
      await page.locator("#checkin-form button[type=submit]").click();
      await page.locator("#help textarea").first().fill("How do I open the recorder?");
      await page.locator("#help form button[type=submit]").first().click();
      await expect.poll(() => page.getByTestId("outbox").textContent()).toContain("5 actions are waiting to send");

      await page.reload();
      await expect.poll(() => page.getByTestId("outbox").locator("li").count()).toBe(5);
      expect(query(server, "select 1 from lesson_progress where user_id = ? and completed_at is not null", userId)).toHaveLength(0);

      await context.setOffline(false);
      await expect.poll(() => page.getByRole("status").filter({ hasText: "Your saved actions were sent." }).count()).toBe(1);
      expect(await page.getByTestId("outbox").count()).toBe(0);

      const completed = query<{ lesson_id: string }>(server, "select lesson_id from lesson_progress where user_id = ? and completed_at is not null order by lesson_id", userId);
      expect(completed.map((r) => r.lesson_id).sort()).toEqual(["rpa-in-japanese-offices", "rpa-process-worth-automating", "rpa-what-rpa-is"]);
      expect(query(server, "select did from check_ins where user_id = ?", userId)).toEqual([{ did: "Read three lessons on the train" }]);
      expect(query(server, "select body from help_requests where user_id = ?", userId)).toEqual([{ body: "How do I open the recorder?" }]);
      const keys = query<{ key: string }>(server, "select key from submission_keys where user_id = ? order by rowid", userId);
      expect(keys).toHaveLength(5);

      // The phone sends the help request again with the same key (a lost answer): the server refuses to count it twice.
      const resend = await page.evaluate(
        async ({ url, key }) =>
          (await fetch(url, { method: "POST", body: new URLSearchParams({ intent: "help", body: "How do I open the recorder?" }), headers: { "Kumi-Submission-Key": key }, redirect: "manual" })).status,
        { url: `${server.url}/cohorts/${cohortId}`, key: keys.at(-1)!.key },
      );
      expect(resend).toBe(409);
      expect(query(server, "select 1 from help_requests where user_id = ?", userId)).toHaveLength(1);
      // The one refusal in the log is the deliberate resend above.
      expect(problems.filter((p) => !p.includes("ERR_INTERNET_DISCONNECTED") && !p.includes("409 (Conflict)"))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("shared phones", () => {
  it("sign-out deletes the person's saved pages, a signed-out visitor gets none saved, and another person's sign-in deletes them too", async () => {
    const { context, page, problems } = await learner("Iryna", "en");
    try {
      await openAndSave(page, READINGS[0]!);
      expect(await pageCaches(page)).toHaveLength(1);

      await page.getByRole("button", { name: "Log out" }).click();
      await page.waitForURL((url) => !url.pathname.startsWith("/courses/rpa-foundations/lessons"));
      await expect.poll(() => savedPaths(page)).toEqual(["/offline"]);

      // Signed out: public pages are read, nothing is kept but the offline page.
      await page.goto(`${server.url}/courses`);
      await page.goto(`${server.url}${COURSE}`);
      await page.waitForTimeout(500);
      expect(await savedPaths(page)).toEqual(["/offline"]);
      await goOffline(context, page);
      await page.goto(`${server.url}${READINGS[0]}`);
      await page.waitForURL(/\/offline\?from=/);
      expect(await page.locator(".prose").count()).toBe(0);
      await context.setOffline(false);

      // Iryna signs in again and saves a lesson; then her brother signs in on the same phone.
      const brother = await signUp(server, { name: "Mykola" });
      await page.goto(`${server.url}/login`);
      await page.locator('input[name="email"]').fill(query<{ email: string }>(server, "select email from users where name = 'Iryna'")[0]!.email);
      await page.locator('input[name="password"]').fill("a long enough password");
      await page.locator("main form button[type=submit]").click();
      await page.waitForURL((url) => url.pathname !== "/login");
      await openAndSave(page, READINGS[1]!);
      const irynaCache = (await pageCaches(page))[0]!;

      // His session arrives without hers ending on this phone first (her cookie was simply
      // replaced): the first answer for him is enough for the worker to delete her pages.
      await context.clearCookies();
      await context.addCookies([{ name: "kumi_session", value: brother.client.cookies.get("kumi_session")!, url: server.url }]);
      await page.goto(`${server.url}/learn`);
      await expect.poll(() => pageCaches(page)).not.toContain(irynaCache);
      expect(await savedPaths(page)).not.toContain(READINGS[1]);
      // Offline, her lesson is not on the phone for him.
      await goOffline(context, page);
      await page.goto(`${server.url}${READINGS[1]}`);
      await page.waitForURL(/\/offline\?from=/);
      await context.setOffline(false);
      expect(problems.filter((p) => !p.includes("ERR_INTERNET_DISCONNECTED"))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("repeat visits", () => {
  it("a saved lesson is shown from the phone at once and refreshed behind; a changed one says so", async () => {
    const { context, page, problems } = await learner("Aiko", "en");
    try {
      const path = READINGS[2]!;
      await openAndSave(page, path);
      // Make the phone's copy an older version of the lesson.
      await page.evaluate(async (p) => {
        const name = (await caches.keys()).find((n) => n.startsWith("kumi-pages-"))!;
        const cache = await caches.open(name);
        const saved = (await cache.match(p))!;
        const html = (await saved.text()).replace(/(<div[^>]*class="prose"[^>]*>)/, "$1<p>An older version of this lesson.</p>");
        await cache.put(p, new Response(html, { headers: saved.headers }));
      }, path);

      await page.goto(`${server.url}${path}`);
      expect(await page.locator(".prose").textContent()).toContain("An older version of this lesson.");
      await expect.poll(() => page.getByTestId("lesson-changed").count()).toBe(1);
      await page.getByRole("button", { name: "Show the new version" }).click();
      await expect.poll(() => page.locator(".prose").textContent()).not.toContain("An older version of this lesson.");
      await page.waitForTimeout(500);
      expect(await page.getByTestId("lesson-changed").count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("save a module for offline", () => {
  // The small test course has a lesson with an image (the real courses have none yet).
  let small: TestServer;
  beforeAll(async () => {
    small = await startServer({ CONTENT_DIR: "tests/fixtures/content-small", AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
  });
  afterAll(async () => {
    await small?.stop();
  });

  it("shows the size first, saves the module's lessons and images, and a lesson never opened then opens offline, image included", async () => {
    const { context, page, problems } = await newContext(browser, { locale: "en-US" });
    try {
      const lesson = (id: string) => `/courses/demo-course/lessons/${id}`;
      await signUpInBrowser(page, small.url, "Halyna", "en", lesson("demo-english-only"));
      // The page as the server sends it (and as it works without JavaScript) has no such button.
      expect(await (await page.request.get(`${small.url}${lesson("demo-english-only")}`)).text()).not.toContain("Save this module");
      await page.goto(`${small.url}${lesson("demo-english-only")}`);
      await controlled(page);
      const button = page.getByRole("button", { name: /^Save this module for offline \(about \d+ kB\)$/ });
      await button.waitFor();
      expect(await savedPaths(page)).not.toContain(lesson("demo-everywhere"));
      await button.click();
      await expect.poll(() => page.getByTestId("save-module").textContent()).toBe("This module is saved on this phone: its lessons open without signal.");
      // The image is in the worker's own store (the HTTP cache may be emptied by the phone at any time).
      const keptImages = () => page.evaluate(async () => (await (await caches.open("kumi-media")).keys()).map((r) => new URL(r.url).pathname));
      await expect.poll(keptImages).toEqual([expect.stringMatching(/^\/media\/[0-9a-f]{16}\.svg$/)]);
      // Reloaded, the page knows the module is on the phone.
      await page.reload();
      await expect.poll(() => page.getByTestId("save-module").textContent()).toContain("This module is saved");

      await goOffline(context, page);
      await page.locator("a[rel=prev]").click();
      await page.waitForURL(`${small.url}${lesson("demo-everywhere")}`);
      await expect.poll(() => page.locator(".prose").textContent()).toContain("English body of the first lesson");
      const image = page.locator(".prose img");
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
      expect(await keptImages()).toEqual([await image.evaluate((img: HTMLImageElement) => new URL(img.src).pathname)]);
      // Loaded as a page (a reload, the home-screen icon), it is listed on the offline page and opens from there.
      await page.goto(`${small.url}${lesson("demo-stale")}`);
      await page.waitForURL(/\/offline\?from=/);
      await page.locator(".saved-pages a", { hasText: "Updated in English" }).or(page.locator(`.saved-pages a[href="${lesson("demo-stale")}"]`)).first().click();
      await page.waitForURL(`${small.url}${lesson("demo-stale")}`);
      await expect.poll(() => page.locator(".prose").count()).toBe(1);
      await context.setOffline(false);
      expect(problems.filter((p) => !p.includes("ERR_INTERNET_DISCONNECTED"))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
