import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "#db/client";
import { Client, uniqueEmail } from "../support/http-client";
import { verificationLink } from "../support/mail";
import { startServer, type TestServer } from "../support/server";

// Pages in three languages, served from the small fixture course so that
// missing, stale and draft lessons all exist.
let server: TestServer;
beforeAll(async () => {
  // Many sign-ups from one address here; rate limits have their own test.
  server = await startServer({ CONTENT_DIR: "tests/fixtures/content-small", AUTH_RATE_LIMIT_PER_MINUTE: "1000" });
});
afterAll(async () => {
  await server?.stop();
});

async function signedIn(locale: "en" | "uk" | "ja", role?: "trainer") {
  const client = new Client(server.url, { acceptLanguage: locale });
  const email = uniqueEmail(locale);
  expect((await client.post("/signup", { name: "Reader", email, password: "a long password", locale })).status).toBe(200);
  expect((await client.get(verificationLink(server.dbPath, email))).status).toBe(200);
  const res = await client.post("/login", { email, password: "a long password" });
  expect(res.status).toBe(302);
  if (role) {
    const { sqlite } = openDatabase(server.dbPath, { migrate: false });
    sqlite.prepare("insert into user_roles (user_id, role) select id, ? from users where email = ?").run(role, email);
    sqlite.close();
  }
  return client;
}

describe("language negotiation", () => {
  it.each([
    ["uk", "uk-UA,uk;q=0.9", "Опануйте RPA, no-code та ШІ — разом", "Увійти"],
    ["ja", "ja-JP,ja;q=0.9,en;q=0.5", "RPA・ノーコード・AI を、チームで学びましょう", "ログイン"],
    ["en", "fr-FR,fr;q=0.9", "Learn RPA, no-code and AI — together", "Log in"],
  ])("Accept-Language for %s → <html lang> and UI in that language", async (lang, header, title, login) => {
    const res = await fetch(`${server.url}/`, { headers: { "Accept-Language": header } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toContain(title);
    expect(html).toContain(login);
  });

  it("the lang cookie beats Accept-Language; the saved preference beats both", async () => {
    const anon = new Client(server.url, { acceptLanguage: "ja" });
    await anon.post("/language", { locale: "uk", redirectTo: "/" });
    expect(await (await anon.get("/")).text()).toContain('<html lang="uk"');

    const user = await signedIn("ja");
    user.cookies.delete("lang");
    expect(await (await user.get("/")).text()).toContain('<html lang="ja"');
    await user.post("/language", { locale: "en", redirectTo: "/" });
    user.cookies.delete("lang"); // even without the cookie, the account remembers
    expect(await (await user.get("/courses")).text()).toContain('<html lang="en"');
  });
});

describe("trainer content screens", () => {
  const paths = [
    "/trainer/content",
    "/trainer/content/demo-course",
    "/trainer/content/demo-course/demo-draft/ja",
  ];

  it("are a 404 for learners and send strangers to log in", async () => {
    const learner = await signedIn("en");
    for (const path of paths) {
      expect((await learner.get(path)).status, path).toBe(404);
      const anon = await new Client(server.url).get(path);
      expect(anon.status, path).toBe(302);
      expect(anon.headers.get("location")).toMatch(/^\/login\?redirectTo=/);
    }
  });

  it("show coverage with every state, linking each cell to its preview", async () => {
    const trainer = await signedIn("en", "trainer");
    const overview = await (await trainer.get("/trainer/content")).text();
    expect(overview).toContain("Demo course");
    const html = await (await trainer.get("/trainer/content/demo-course")).text();
    for (const state of ["Up to date", "Missing", "Out of date", "Draft"]) expect(html).toContain(state);
    expect(html).toContain('href="/trainer/content/demo-course/demo-stale/uk"');
  });

  it("preview a stale translation as written, with the date English changed", async () => {
    const trainer = await signedIn("uk", "trainer");
    const html = await (await trainer.get("/trainer/content/demo-course/demo-stale/uk")).text();
    expect(html).toContain("Старий переклад.");
    expect(html).toMatch(/англійський текст змінено \d{1,2} [а-яі]+ \d{4}/);
  });

  it("an unknown locale or lesson in a preview URL is a 404", async () => {
    const trainer = await signedIn("en", "trainer");
    expect((await trainer.get("/trainer/content/demo-course/demo-draft/ru")).status).toBe(404);
    expect((await trainer.get("/trainer/content/demo-course/nope/en")).status).toBe(404);
  });
});

describe("health", () => {
  it("GET /healthz answers {ok:true}", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});

describe("catalogue and lessons", () => {
  it("the catalogue and outline are public; lessons need an account", async () => {
    const anon = new Client(server.url, { acceptLanguage: "uk" });
    const catalogue = await (await anon.get("/courses")).text();
    expect(catalogue).toContain("Демонстраційний курс");
    expect(catalogue).toContain("4 уроки"); // the draft is not counted
    const outline = await (await anon.get("/courses/demo-course")).text();
    expect(outline).toContain("Перекладено всюди");
    expect(outline).not.toContain("A draft lesson");
    const lesson = await anon.get("/courses/demo-course/lessons/demo-everywhere");
    expect(lesson.status).toBe(302);
    expect(lesson.headers.get("location")).toBe("/login?redirectTo=%2Fcourses%2Fdemo-course%2Flessons%2Fdemo-everywhere");
  });

  it("shows the lesson in the reader's language", async () => {
    const client = await signedIn("ja");
    const html = await (await client.get("/courses/demo-course/lessons/demo-everywhere")).text();
    expect(html).toContain("すべての言語に翻訳済み");
    expect(html).toContain("最初のレッスンの日本語の本文です。");
    expect(html).toContain('href="/courses/demo-course/lessons/demo-english-only"');
  });

  it("falls back to English with a notice when the translation is missing", async () => {
    const client = await signedIn("uk");
    const res = await client.get("/courses/demo-course/lessons/demo-english-only");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("This lesson has no translation yet.");
    expect(html).toContain("Поки що українська версія цього уроку недоступна. Ви читаєте англійську версію.");
    expect(html).toContain('<div class="prose" lang="en">');
  });

  it("falls back to English with a different notice when the translation is stale", async () => {
    const client = await signedIn("uk");
    const html = await (await client.get("/courses/demo-course/lessons/demo-stale")).text();
    expect(html).toContain("The English text changed after the translation was made.");
    expect(html).toMatch(/Англійський текст цього уроку оновлено \d{1,2} [а-яі]+ \d{4} р\. — уже після того, як з’явилася українська версія/);
    expect(html).not.toContain("Старий переклад.");
  });

  it("drafts and unknown lessons are a translated 404 for learners", async () => {
    const client = await signedIn("ja");
    for (const path of ["/courses/demo-course/lessons/demo-draft", "/courses/demo-course/lessons/nope", "/courses/nope"]) {
      const res = await client.get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toContain("ページが見つかりません");
    }
  });

  it("trainers preview drafts, marked as such", async () => {
    const client = await signedIn("ja", "trainer");
    const res = await client.get("/courses/demo-course/lessons/demo-draft");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("受講者にはまだ公開していません。");
    expect(html).toContain("下書きです。受講者には表示されません。");
  });

  it("serves images and files next to a lesson by content hash, cacheable for a year", async () => {
    const client = await signedIn("en");
    const html = await (await client.get("/courses/demo-course/lessons/demo-everywhere")).text();
    const img = /<img src="(\/media\/[0-9a-f]{16}\.svg)" width="300" height="80" alt="A three-step flow" loading="lazy" decoding="async">/.exec(html);
    expect(img, html.slice(html.indexOf('class="prose"'), html.indexOf('class="prose"') + 800)).not.toBeNull();
    const file = /<a href="(\/media\/[0-9a-f]{16}\.csv)">Download the sample sheet<\/a>/.exec(html);
    expect(file).not.toBeNull();
    const res = await fetch(server.url + img![1]);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("content-security-policy")).toContain("sandbox");
    const csv = await fetch(server.url + file![1]);
    expect(await csv.text()).toBe("name,shift\nTanaka,morning\n");
    expect((await fetch(`${server.url}/media/0000000000000000.svg`)).status).toBe(404);
    expect((await fetch(`${server.url}/media/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it("a signed-in page slides nothing when the session is fresh", async () => {
    const client = await signedIn("en");
    const res = await client.get("/courses");
    expect(res.headers.getSetCookie().filter((c) => c.startsWith("kumi_session"))).toEqual([]);
  });
});
