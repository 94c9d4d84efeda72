import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newContext } from "../support/browser";
import { startServer, type TestServer } from "../support/server";

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a field error with JavaScript on", () => {
  it("is announced with its field (aria-invalid, aria-describedby) and what was typed stays", async () => {
    const { page, problems } = await newContext(browser, { locale: "en-GB" });
    await page.goto(`${server.url}/signup`);
    await page.getByLabel("Your name").fill("Dmytro Melnyk");
    await page.getByLabel("E-mail address").fill("dmytro-at-example");
    await page.getByLabel("Password", { exact: true }).fill("a sunny day in Sendai");
    await page.getByRole("button", { name: "Sign up" }).click();

    const email = page.getByLabel("E-mail address");
    await expect.poll(() => email.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await email.getAttribute("aria-describedby"))!;
    const message = await page.locator(`[id="${describedBy.split(" ")[0]}"]`).textContent();
    expect(message).toBe("This does not look like an e-mail address (for example: name@example.com).");
    expect(await email.inputValue()).toBe("dmytro-at-example");
    expect(await page.getByLabel("Your name").inputValue()).toBe("Dmytro Melnyk");
    expect(await page.locator(".form-error[role=alert]").textContent()).toContain("Please check the fields marked below.");
    // Still on the sign-up page: nothing was created.
    expect(new URL(page.url()).pathname).toBe("/signup");
    // The 400 itself is logged by the browser; nothing else may be.
    expect(problems.filter((p) => !p.includes("status of 400"))).toEqual([]);
  });
});
