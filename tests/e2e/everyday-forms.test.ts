import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, signUpInBrowser } from "../support/browser";
import { createCohort, query, signUp } from "../support/scenario";
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

describe("everyday forms with JavaScript on", () => {
  for (const locale of ["uk", "ja"] as const) {
    it(`a sent help request and a reply leave their boxes empty and appear once (${locale}, 390 px)`, async () => {
      const trainer = await signUp(server, { name: "Trainer", roles: ["trainer"] });
      const { cohortId, inviteCode } = await createCohort(server, trainer.client, { name: `Team ${locale}`, locale });
      const { context, page, problems } = await newContext(browser, { locale });
      await page.setViewportSize({ width: 390, height: 844 });
      await signUpInBrowser(page, server.url, `Learner ${locale}`, locale, `/join/${inviteCode}`);
      await page.locator("main form button[type=submit]").first().click();
      await page.waitForURL(`${server.url}/cohorts/${cohortId}**`);

      const body = `Where is the sample file? ${locale}`;
      await page.locator("#help-form textarea").fill(body);
      await page.locator("#help-form button[type=submit]").click();
      await expect.poll(() => page.locator("li[id^='help-']").filter({ hasText: body }).count()).toBeGreaterThan(0);
      await expect.poll(() => page.locator("#help-form textarea").inputValue()).toBe("");

      const [help] = query<{ id: number }>(server, "select id from help_requests where body = ?", body);
      const reply = page.locator(`#reply-form-${help!.id} textarea`);
      await reply.fill("Found it, thanks");
      await page.locator(`#reply-form-${help!.id} button[type=submit]`).first().click();
      await expect.poll(() => page.getByText("Found it, thanks").count()).toBeGreaterThan(0);
      await expect.poll(() => reply.inputValue()).toBe("");

      expect(query(server, "select count(*) as n from help_requests where body = ?", body)).toEqual([{ n: 1 }]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
