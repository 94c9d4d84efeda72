import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext } from "../support/browser";
import type { Client } from "../support/http-client";
import { execute, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// A graduate (Ukrainian, without JavaScript, on a phone) answers her outcome
// asks with consent; the funder (Japanese) sees her counted, under the
// fewer-than-3 rule until the group is big enough; she makes one item of her
// portfolio public and a signed-out visitor sees only that.

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const DAY_MS = 24 * 60 * 60 * 1000;
const PHONE = { width: 390, height: 844 };

async function signedIn(client: Client, options: { javaScriptEnabled?: boolean; locale: string }): Promise<Awaited<ReturnType<typeof newContext>>> {
  const c = await newContext(browser, options);
  for (const [name, value] of client.cookies) await c.context.addCookies([{ name, value, url: server.url }]);
  await c.page.setViewportSize(PHONE);
  return c;
}

describe("outcomes, the funder report and the portfolio", () => {
  it("a graduate answers with consent, the funder sees it (fewer than 3, then figures), a public item is all a visitor sees", async () => {
    // Set-up through the staff's own forms: a firm with a commission, a fund paying for seats in it.
    const trainer = await signUp(server, { name: "Trainer", roles: ["trainer"] });
    const orgOf = async (name: string) => Number(/\/partner\/organisations\/(\d+)/.exec((await trainer.client.post("/trainer/organisations", { name })).headers.get("location") ?? "")![1]);
    const firm = await orgOf("Sakura Logistics");
    const fund = await orgOf("Kibou Reskilling Fund");
    await trainer.client.post(`/partner/organisations/${firm}`, { intent: "commission", courseId: "rpa-foundations", seats: "5", startsOn: "2025-11-01", endsOn: "2027-03-31", languages: "uk" });
    const commission = query<{ id: number }>(server, "select id from commissions where organisation_id = ?", firm)[0]!.id;
    expect((await trainer.client.post(`/trainer/organisations/${fund}/funder`, { intent: "funder", kind: "impact_bond", minHours: "20", withinMonths: "6" })).status).toBe(303);
    expect((await trainer.client.post(`/trainer/organisations/${fund}/funder`, { intent: "seats", commissionId: String(commission), seats: "5" })).status).toBe(303);
    const hana = await signUp(server, { name: "Hana Kobayashi", locale: "ja", roles: ["partner"] });
    execute(server, "insert into organisation_members (organisation_id, user_id) values (?, ?)", fund, hana.id);

    // Oksana was sponsored and completed the course 100 days ago.
    const oksana = await signUp(server, { name: "Oksana Bondar", locale: "uk" });
    execute(server, "insert into sponsorships (commission_id, user_id, consented_at) values (?, ?, ?)", commission, oksana.id, Date.now() - 200 * DAY_MS);
    execute(server, "insert into certificates (code, user_id, course_id, holder_name, created_at) values ('oksanacert123456', ?, 'rpa-foundations', 'Оксана Бондар', ?)", oksana.id, Date.now() - 100 * DAY_MS);

    // Without JavaScript, on a phone: the card on /learn asks first about before the course.
    const g = await signedIn(oksana.client, { javaScriptEnabled: false, locale: "uk-UA" });
    await g.page.goto(`${server.url}/learn`);
    expect(await g.page.textContent("#outcome-ask")).toContain("до курсу");
    await g.page.locator("section[aria-labelledby=outcome-ask] a").click();
    await g.page.getByLabel("шукаю роботу").check();
    await g.page.getByLabel("Годин роботи на тиждень").fill("200");
    // No income band chosen: a translated message, and what she chose stays.
    await g.page.locator("form.stack button[type=submit]").click();
    expect(await g.page.textContent(".form-error, .error")).toBeTruthy();
    expect(await g.page.textContent("main")).toContain("Оберіть рівень доходу");
    expect(await g.page.textContent("main")).toContain("цілим числом від 1 до 168");
    expect(await g.page.getByLabel("Годин роботи на тиждень").inputValue()).toBe("200");
    expect(await g.page.getByLabel("шукаю роботу").isChecked()).toBe(true);
    await g.page.getByLabel("Ваш дохід на місяць").selectOption("none");
    await g.page.getByLabel("Годин роботи на тиждень").fill("");
    // Consent is unticked until she ticks it.
    expect(await g.page.locator('input[name="consentFunder"]').isChecked()).toBe(false);
    expect(await g.page.locator('input[name="consentPartner"]').isChecked()).toBe(false);
    await g.page.locator('input[name="consentFunder"]').check();
    await g.page.locator("form.stack button[type=submit]").click();
    expect(await g.page.textContent(".notice.success")).toContain("Дякуємо");

    // Then the 3-month ask: she works 30 hours a week.
    await g.page.goto(`${server.url}/learn`);
    expect(await g.page.textContent("#outcome-ask")).toContain("3 місяці");
    await g.page.locator("section[aria-labelledby=outcome-ask] a").click();
    await g.page.getByLabel("працюю").check();
    await g.page.getByLabel("Де ви працюєте?").selectOption("company");
    await g.page.getByLabel("Годин роботи на тиждень").fill("30");
    await g.page.getByLabel("Ваш дохід на місяць").selectOption("200k_300k");
    await g.page.locator('input[name="consentFunder"]').check();
    await g.page.locator("form.stack button[type=submit]").click();
    expect(await g.page.textContent(".notice.success")).toContain("Дякуємо");
    expect(query(server, "select status, hours_per_week as hours, consent_funder as funder, consent_partner as partner from outcome_reports where user_id = ? and months = 3", oksana.id)).toEqual([
      { status: "working", hours: 30, funder: 1, partner: 0 },
    ]);
    expect(g.problems.filter((p) => !p.includes("status of 400"))).toEqual([]);

    // The funder, in Japanese: one consenting graduate is "fewer than 3".
    const f = await signedIn(hana.client, { locale: "ja-JP" });
    await f.page.goto(`${server.url}/partner`);
    await f.page.waitForURL(new RegExp(`/funders/${fund}$`));
    const figures = () => f.page.locator("table.summary").first().textContent();
    expect(await figures()).toContain("3 人未満");
    expect(await figures()).toContain("費用を出した受講枠5");

    // Two more consenting graduates working 25 h: now the figures show, Oksana counted among them.
    for (const name of ["Two", "Three"]) {
      const other = await signUp(server, { name });
      execute(server, "insert into sponsorships (commission_id, user_id, consented_at) values (?, ?, ?)", commission, other.id, Date.now());
      execute(server, "insert into certificates (code, user_id, course_id, holder_name, created_at) values (?, ?, 'rpa-foundations', ?, ?)", `cert${other.id}abcdefghij`, other.id, name, Date.now() - 100 * DAY_MS);
      execute(
        server,
        "insert into outcome_reports (user_id, course_id, months, due_at, status, employer_kind, hours_per_week, income_band, consent_funder, answered_at) values (?, 'rpa-foundations', 3, ?, 'working', 'company', 25, '200k_300k', 1, ?)",
        other.id,
        Date.now() - 10 * DAY_MS,
        Date.now(),
      );
    }
    await f.page.reload();
    expect(await figures()).toContain("集計対象の受講者（同意あり）3");
    expect(await figures()).toContain("成果達成率100%");
    expect(f.problems).toEqual([]);

    // Her portfolio: nothing public yet is a 404 for a visitor; she makes her certificate public.
    await g.page.goto(`${server.url}/portfolio`);
    await g.page.getByLabel("Адреса").fill("Oksana B");
    await g.page.locator("form.stack button[type=submit]").click();
    expect(await g.page.textContent("main")).toContain("малих латинських літер");
    expect(await g.page.getByLabel("Адреса").inputValue()).toBe("Oksana B");
    await g.page.getByLabel("Адреса").fill("oksana-b");
    await g.page.getByLabel("Профіль мовою: Українська").fill("Автоматизую рахунки.");
    await g.page.locator("form.stack button[type=submit]").click();
    await g.page.waitForURL(/\/portfolio\/oksana-b$/);
    const visitor: BrowserContext = (await newContext(browser, { locale: "ja-JP" })).context;
    const v = await visitor.newPage();
    await v.setViewportSize(PHONE);
    expect((await v.goto(`${server.url}/portfolio/oksana-b`))?.status()).toBe(404);
    await g.page.locator("section[aria-labelledby=certificates] button").click();
    expect(await g.page.textContent("section[aria-labelledby=certificates]")).toContain("публічно");
    expect((await v.goto(`${server.url}/portfolio/oksana-b`))?.status()).toBe(200);
    expect(await v.textContent("main")).toContain("修了証");
    expect(await v.textContent("main")).not.toContain("Автоматизую рахунки."); // her profile stays private
    expect(await v.locator("main button").count()).toBe(0);
    await visitor.close();
    await g.context.close();
    await f.context.close();
  }, 180_000);
});
