import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext } from "../support/browser";
import type { Client } from "../support/http-client";
import { execute, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// The work board end to end, on a phone: a firm posts an order, two graduates
// apply as a team (the lead without JavaScript), the firm picks them, the lead
// hands in (without JavaScript; a file in one run), the firm asks for a change,
// the teammate hands in again, the firm accepts, confirms the hours and records
// the payment. Then the database holds exactly that.

let server: TestServer;
let browser: Browser;
let trainer: Client;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" }), launchBrowser()]);
  trainer = (await signUp(server, { name: "Trainer", roles: ["trainer"] })).client;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PHONE = { width: 390, height: 844 };

async function asPerson(client: Client, options: { javaScriptEnabled?: boolean; locale: string }) {
  const ctx = await newContext(browser, options);
  for (const [name, value] of client.cookies) await ctx.context.addCookies([{ name, value, url: server.url }]);
  await ctx.page.setViewportSize(PHONE);
  return ctx;
}

async function submitAndWait(page: Page, form: string, note: RegExp) {
  await Promise.all([page.waitForURL(note), page.locator(`${form} button[type=submit]`).click()]);
}

const RUNS = [
  { locale: "uk" as const, browserLocale: "uk-UA", title: "Бот для звітів", posted: "Замовлення розміщено", file: false },
  { locale: "ja" as const, browserLocale: "ja-JP", title: "請求書の自動化", posted: "依頼を掲載しました", file: true },
];

describe("the work board, from posting to payment", () => {
  for (const run of RUNS) {
    it(`in ${run.locale} at 390 px: post, apply as a team, pick, deliver, ask for a change, accept, confirm hours, pay`, async () => {
      // The firm and its manager.
      const created = await trainer.post("/trainer/organisations", { name: `Firm ${run.locale}` });
      const organisationId = Number(/\/partner\/organisations\/(\d+)/.exec(created.headers.get("location") ?? "")![1]);
      const code = query<{ code: string }>(server, "select manager_invite_code as code from organisations where id = ?", organisationId)[0]!.code;
      const manager = await signUp(server, { name: "Manager", locale: run.locale });
      expect((await manager.client.post(`/partner/join/${code}`, {})).status).toBe(303);
      // Two graduates; a learner without a certificate.
      const lead = await signUp(server, { name: `Lead ${run.locale}`, locale: run.locale });
      const mate = await signUp(server, { name: `Mate ${run.locale}`, locale: run.locale });
      const newcomer = await signUp(server, { name: `New ${run.locale}`, locale: run.locale });
      for (const [i, g] of [lead, mate].entries()) {
        execute(server, "insert into certificates (code, user_id, course_id, holder_name) values (?, ?, 'rpa-foundations', 'x')", `e2e${run.locale}${i}aaaaaaaaaa`, g.id);
      }

      // The manager posts the order; a wrong deadline first keeps what was typed.
      const mg = await asPerson(manager.client, { locale: run.browserLocale });
      await mg.page.goto(`${server.url}/work/new`);
      const field = (name: string) => mg.page.locator(`#work-order-form [name="${name}"]`);
      await field(run.locale === "uk" ? "titleUk" : "titleJa").fill(run.title);
      await field(run.locale === "uk" ? "descriptionUk" : "descriptionJa").fill("…");
      await mg.page.locator('input[name="courses"][value="rpa-foundations"]').check();
      await field("teamSize").fill("2");
      await field("estimatedHours").fill("5");
      await field("payYen").fill("2000");
      await field("checklist").fill("Step one\nStep two");
      await field("deadline").fill("2099-01-31");
      await submitAndWait(mg.page, "#work-order-form", /ok=posted/);
      expect(await mg.page.locator(".notice.success").textContent()).toContain(run.posted);
      const orderId = Number(/\/work\/(\d+)/.exec(mg.page.url())![1]);

      // Without a certificate: the explanation, not the order.
      const nc = await asPerson(newcomer.client, { locale: run.browserLocale });
      await nc.page.goto(`${server.url}/work`);
      expect(await nc.page.locator("main").textContent()).not.toContain(run.title);
      expect(await nc.page.locator(`main a[href="/courses"]`).count()).toBe(1);
      expect((await nc.page.goto(`${server.url}/work/${orderId}`))?.status()).toBe(404);
      await nc.context.close();

      // The lead applies with her teammate, without JavaScript.
      const ld = await asPerson(lead.client, { locale: run.browserLocale, javaScriptEnabled: false });
      await ld.page.goto(`${server.url}/work`);
      await ld.page.locator(`main a[href="/work/${orderId}"]`).click();
      await ld.page.locator('#apply-form [name="note"]').fill("We did this in our capstone.");
      await ld.page.locator('#apply-form [name="teammates"]').fill(mate.email);
      await submitAndWait(ld.page, "#apply-form", /ok=applied/);

      // The manager sees both names and picks them.
      await mg.page.goto(`${server.url}/work/${orderId}`);
      const applicants = await mg.page.locator("section[aria-labelledby=applicants]").textContent();
      expect(applicants).toContain(`Lead ${run.locale}`);
      expect(applicants).toContain(`Mate ${run.locale}`);
      await mg.page.locator("section[aria-labelledby=applicants] details.confirm summary").click();
      await Promise.all([mg.page.waitForURL(/workspace\?ok=picked/), mg.page.locator("section[aria-labelledby=applicants] details.confirm button[type=submit]").click()]);

      // The lead hands in, without JavaScript: a file in one run, a link in the other.
      await ld.page.goto(`${server.url}/work/${orderId}/workspace`);
      if (run.file) {
        await ld.page.locator('#deliver-file-form input[type="file"]').setInputFiles({ name: "請求書.txt", mimeType: "text/plain", buffer: Buffer.from("first version") });
        await submitAndWait(ld.page, "#deliver-file-form", /ok=delivered/);
      } else {
        await ld.page.locator('#deliver-form [name="url"]').fill("https://example.org/v1");
        await submitAndWait(ld.page, "#deliver-form", /ok=delivered/);
      }
      await ld.page.locator('#hours-form [name="minutes"]').fill("90");
      await submitAndWait(ld.page, "#hours-form", /ok=logged/);

      // The firm asks for a change; without a note it is refused in place.
      await mg.page.goto(`${server.url}/work/${orderId}/workspace`);
      const review = mg.page.locator("form[id^=review-form-]").first();
      await review.locator('input[name="decision"][value="changes"]').check();
      await review.locator("button[type=submit]").click();
      await expect.poll(() => review.locator(".error").count()).toBe(1);
      await review.locator('[name="reviewNote"]').fill("Please add the totals row.");
      await Promise.all([mg.page.waitForURL(/ok=reviewed/), review.locator("button[type=submit]").click()]);

      // The teammate hands in the new version (with JavaScript) and logs her hours.
      const mt = await asPerson(mate.client, { locale: run.browserLocale });
      await mt.page.goto(`${server.url}/work/${orderId}/workspace`);
      expect(await mt.page.locator("main").textContent()).toContain("Please add the totals row.");
      await mt.page.locator('#deliver-form [name="url"]').fill("https://example.org/v2");
      await submitAndWait(mt.page, "#deliver-form", /ok=delivered/);
      await mt.page.locator('#hours-form [name="minutes"]').fill("60");
      await submitAndWait(mt.page, "#hours-form", /ok=logged/);

      // The firm accepts, confirms the hours and records the payment: 2.5 h × ¥2,000 = ¥5,000.
      await mg.page.goto(`${server.url}/work/${orderId}/workspace`);
      const accept = mg.page.locator("form[id^=review-form-]").first();
      await accept.locator('input[name="decision"][value="accept"]').check();
      await Promise.all([mg.page.waitForURL(/ok=reviewed/), accept.locator("button[type=submit]").click()]);
      await submitAndWait(mg.page, "#confirm-hours-form", /ok=confirmed/);
      await mg.page.locator('#payment-form [name="amountYen"]').fill("5000");
      await submitAndWait(mg.page, "#payment-form", /ok=paid/);
      const totals = await mg.page.locator("section[aria-labelledby=payments] .totals").textContent();
      expect(totals).toContain(new Intl.NumberFormat(run.locale, { style: "currency", currency: "JPY" }).format(5000));
      if (run.file) {
        const [download] = await Promise.all([mg.page.waitForEvent("download"), mg.page.locator(`a[href^="/work/${orderId}/deliverables/"]`).click()]);
        expect(download.suggestedFilename()).toBe("請求書.txt");
      }

      // What the database holds.
      const [order] = query<{ state: string; completed_at: number | null }>(server, "select state, completed_at from work_orders where id = ?", orderId);
      expect(order).toMatchObject({ state: "completed" });
      expect(order!.completed_at).not.toBeNull();
      const workers = query<{ user_id: number }>(server, "select user_id from work_workers where order_id = ? order by user_id", orderId).map((w) => w.user_id);
      expect(workers).toEqual([lead.id, mate.id].sort((a, b) => a - b));
      const deliveries = query<{ state: string; url: string | null; stored_as: string | null }>(server, "select state, url, stored_as from work_deliverables where order_id = ? order by id", orderId);
      expect(deliveries.map((d) => d.state)).toEqual(["changes_requested", "accepted"]);
      expect(deliveries[0]!.stored_as !== null).toBe(run.file);
      expect(query(server, "select minutes, confirmed_at is not null as confirmed from work_hours where order_id = ? order by id", orderId)).toEqual([
        { minutes: 90, confirmed: 1 },
        { minutes: 60, confirmed: 1 },
      ]);
      expect(query(server, "select sum(amount_yen) as paid from work_payments where order_id = ?", orderId)).toEqual([{ paid: 5000 }]);
      expect(query<{ kind: string }>(server, "select distinct kind from notifications where user_id = ? order by kind", lead.id).map((n) => n.kind)).toEqual(
        expect.arrayContaining(["work_accepted", "work_changes", "work_hours", "work_paid", "work_picked"]),
      );

      // The one refusal (a change asked for without a note) answers 400, which the browser logs.
      expect([...mg.problems.filter((p) => !p.includes("status of 400")), ...ld.problems, ...mt.problems]).toEqual([]);
      await Promise.all([mg.context.close(), ld.context.close(), mt.context.close()]);
    });
  }
});
