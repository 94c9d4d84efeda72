import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "#db/client";
import { launchBrowser, newContext, verifyAndSignInBrowser } from "../support/browser";
import { uniqueEmail } from "../support/http-client";
import { startServer, type TestServer } from "../support/server";

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ CONTENT_DIR: "tests/fixtures/content-small" }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signUp(page: Page, email: string) {
  await page.goto(`${server.url}/signup`);
  await page.getByLabel("お名前").fill("佐藤 講師");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード", { exact: true }).fill("a long enough password");
  await page.getByLabel("日本語").check();
  await page.getByRole("button", { name: "新規登録する" }).click();
  await verifyAndSignInBrowser(page, server.url, email, "a long enough password", "/courses");
}

describe("draft lessons", () => {
  it("a trainer previews a draft in Japanese; a learner gets 404 for it", async () => {
    const trainerEmail = uniqueEmail("trainer");
    const trainer = await newContext(browser, { locale: "ja-JP" });
    await signUp(trainer.page, trainerEmail);
    const { sqlite } = openDatabase(server.dbPath, { migrate: false });
    sqlite.prepare("insert into user_roles (user_id, role) select id, 'trainer' from users where email = ?").run(trainerEmail);
    sqlite.close();

    const page = trainer.page;
    await page.goto(`${server.url}/courses`);
    await page.getByRole("link", { name: "教材" }).click();
    await expect.poll(() => page.textContent("h1")).toBe("コース教材");
    await page.getByRole("link", { name: "デモコース" }).first().click();
    await page.getByRole("link", { name: "「下書きのレッスン」のプレビュー（日本語）：下書き" }).click();
    await expect.poll(() => page.textContent("h1")).toBe("下書きのレッスン");
    expect(await page.textContent(".prose")).toContain("受講者にはまだ公開していません。");
    expect(await page.textContent("main")).toContain("下書きです。受講者はこのレッスンを開けません。");
    expect(trainer.problems).toEqual([]);
    await trainer.context.close();

    const learner = await newContext(browser, { locale: "ja-JP" });
    await signUp(learner.page, uniqueEmail("learner"));
    const res = await learner.page.goto(`${server.url}/courses/demo-course/lessons/demo-draft`);
    expect(res?.status()).toBe(404);
    expect(await learner.page.textContent("h1")).toBe("ページが見つかりません");
    const preview = await learner.page.goto(`${server.url}/trainer/content/demo-course/demo-draft/ja`);
    expect(preview?.status()).toBe(404);
    await learner.context.close();
  });
});
