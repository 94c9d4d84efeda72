import fs from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext, signUpInBrowser } from "../support/browser";
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

describe("a partner firm sponsors its staff", () => {
  it("organisation, commission of 2 seats, a manager, two consenting staff, a third refused, withdrawal, CSV", async () => {
    // The trainer (English) creates the organisation and a commission of 2 seats.
    const trainer = await signUp(server, { name: "Trainer", roles: ["trainer"] });
    const tr = await newContext(browser, { locale: "en-US" });
    for (const [name, value] of trainer.client.cookies) await tr.context.addCookies([{ name, value, url: server.url }]);
    await tr.page.goto(`${server.url}/trainer/organisations`);
    await tr.page.getByLabel("Organisation name").fill("Sakura Logistics");
    await tr.page.getByRole("button", { name: "Create organisation" }).click();
    await expect.poll(() => tr.page.textContent("h1")).toBe("Sakura Logistics");
    await tr.page.getByLabel("Number of seats").fill("2");
    await tr.page.getByLabel("End date").fill("2027-06-30");
    await tr.page.locator('input[name="languages"][value="ja"]').check();
    await tr.page.getByRole("button", { name: "Create commission" }).click();
    await expect.poll(() => tr.page.locator(".notice.success").count()).toBe(1);
    const managerLink = await tr.page.locator("section[aria-labelledby=managers-title] .share-link input").inputValue();
    const staffLink = await tr.page.locator(".card .share-link input").first().inputValue();
    const managerPath = new URL(managerLink).pathname;
    const staffPath = new URL(staffLink).pathname;
    await tr.context.close();

    // A manager (Japanese) joins through the manager link.
    const mg = await newContext(browser, { locale: "ja-JP" });
    await signUpInBrowser(mg.page, server.url, "佐藤 部長", "ja", managerPath);
    await mg.page.getByRole("button", { name: /参加/ }).click();
    await expect.poll(() => mg.page.textContent("h1")).toBe("Sakura Logistics");

    // Two staff join through the commission link and consent; one in Ukrainian without JavaScript, one in Japanese.
    const staff1 = await newContext(browser, { locale: "uk-UA", javaScriptEnabled: false });
    await signUpInBrowser(staff1.page, server.url, "Оксана Левченко", "uk", staffPath);
    const consent = await staff1.page.textContent(".consent");
    expect(consent).toContain("щотижневі звіти"); // never shown to the employer
    await staff1.page.locator('input[name="slots"][value="weekend"]').check();
    await staff1.page.locator("form.stack button[type=submit]").click();
    await staff1.page.waitForURL(/\/learn\?ok=sponsored/);

    const staff2 = await newContext(browser, { locale: "ja-JP" });
    await signUpInBrowser(staff2.page, server.url, "Nguyen Van An", "ja", staffPath);
    await staff2.page.locator('input[name="slots"][value="weekend"]').check();
    await staff2.page.locator("form.stack button[type=submit]").click();
    await staff2.page.waitForURL(/\/learn\?ok=sponsored/);

    // A third is refused: the seats are used up.
    const staff3 = await newContext(browser, { locale: "en-US" });
    await signUpInBrowser(staff3.page, server.url, "Third Person", "en", staffPath);
    expect(await staff3.page.locator(".notice.warning").textContent()).toContain("all 2 places of this commission are already taken");
    expect(await staff3.page.locator("form.stack").count()).toBe(0);
    await staff3.context.close();

    // The manager's dashboard shows both, by name.
    await mg.page.reload();
    const table = await mg.page.locator("table.learners").textContent();
    expect(table).toContain("Оксана Левченко");
    expect(table).toContain("Nguyen Van An");
    // The figures, each in its place (dates like 2026 hold a "2" too, so a bare "2" proves nothing).
    const commission = mg.page.locator("section.card").first();
    expect(await commission.locator("h3 + p").textContent()).toContain("受講枠：2 枠中 2 枠使用、残り 0 枠");
    // Two people are too few for a figure about their progress (the small-number rule).
    expect(await commission.locator(".totals").textContent()).toContain("3 人未満");

    // Oksana withdraws her consent: she remains only in the count of those who withdrew.
    await staff1.page.goto(`${server.url}/learn`);
    await staff1.page.locator("#consent ~ ul button, section[aria-labelledby=consent] button").first().click();
    await staff1.page.waitForURL(/ok=withdrawn/);
    await mg.page.reload();
    const after = await mg.page.locator("table.learners").textContent();
    expect(after).not.toContain("Оксана Левченко");
    expect(after).toContain("Nguyen Van An");
    // One learner still shares: too few for a total or an average.
    expect(await mg.page.locator(".card .totals").first().textContent()).toContain("3 人未満");
    expect(await mg.page.textContent("main")).not.toContain("Оксана");

    // The CSV: UTF-8 with BOM, CRLF, headers in the manager's language.
    const [download] = await Promise.all([mg.page.waitForEvent("download"), mg.page.getByRole("link", { name: /CSV/ }).click()]);
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    const lines = text.split("\r\n");
    expect(lines.at(-1)).toBe(""); // ends with CRLF
    expect(text.replace(/\r\n/g, "")).not.toMatch(/\n/); // no bare LF anywhere
    expect(lines[0]).toMatch(/^名前,/);
    expect(text).toContain("Nguyen Van An");
    expect(text).not.toContain("Оксана");

    expect(mg.problems).toEqual([]);
    expect(staff2.problems).toEqual([]);
    await Promise.all([mg.context.close(), staff1.context.close(), staff2.context.close()]);
  });
});
