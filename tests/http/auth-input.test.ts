import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, uniqueEmail } from "../support/http-client";
import { outbox } from "../support/mail";
import { startServer, type TestServer } from "../support/server";

// Bad input to the account forms: always a 4xx with a translated message and
// the typed values refilled, never a 500.
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const uk = () => new Client(server.url, { acceptLanguage: "uk" });
const ja = () => new Client(server.url, { acceptLanguage: "ja" });

function valueOf(html: string, name: string): string | undefined {
  const input = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0];
  return input ? /value="([^"]*)"/.exec(input)?.[1] : undefined;
}

const good = { name: "Оксана Бондар", email: "", password: "sunny day in Osaka", locale: "uk" };

describe("sign-up with bad input", () => {
  it("empty fields: 400, each field explained in Ukrainian", async () => {
    const res = await uk().post("/signup", { name: "", email: "", password: "", locale: "uk" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<html lang="uk"');
    expect(html).toContain("Введіть, будь ласка, своє ім’я.");
    expect(html).toContain("Введіть, будь ласка, адресу електронної пошти.");
    expect(html).toContain("Введіть, будь ласка, пароль.");
    expect(html).toContain("Перевірте, будь ласка, позначені поля.");
  });

  it("fields missing from the body altogether: 400, not 500", async () => {
    const res = await uk().post("/signup", {});
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Введіть, будь ласка, своє ім’я.");
  });

  it("malformed e-mail: 400, message in Japanese, name and e-mail kept", async () => {
    const res = await ja().post("/signup", { ...good, name: "山田 花子", email: "hanako-at-example", locale: "ja" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("メールアドレスの形式が正しくありません");
    expect(valueOf(html, "name")).toBe("山田 花子");
    expect(valueOf(html, "email")).toBe("hanako-at-example");
    expect(html).toMatch(/<input[^>]*name="locale"[^>]*checked=""[^>]*value="ja"/);
  });

  it("9-character password: 400 with the minimum, values kept, password not echoed", async () => {
    const email = uniqueEmail("short");
    const res = await uk().post("/signup", { ...good, email, password: "123456789" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Пароль має містити щонайменше 10 символів.");
    expect(valueOf(html, "email")).toBe(email);
    expect(valueOf(html, "name")).toBe(good.name);
    expect(html).not.toContain("123456789");
  });

  it("a common password: 400 with a translated reason, values kept", async () => {
    const email = uniqueEmail("common");
    const res = await uk().post("/signup", { ...good, email, password: "password1234" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Цей пароль надто поширений");
    expect(valueOf(html, "email")).toBe(email);
    expect(outbox(server.dbPath, { to: email })).toEqual([]);
  });

  it("a registered address (any case) gets the same status and page as a new one; only the e-mail differs", async () => {
    const email = uniqueEmail("dup");
    const first = await uk().post("/signup", { ...good, email });
    const again = await uk().post("/signup", { ...good, email: email.toUpperCase() });
    expect(first.status).toBe(200);
    expect(again.status).toBe(first.status);
    // The pages differ only by the per-request CSP nonce.
    const page = async (res: Response) => (await res.text()).replace(/nonce="[^"]*"/g, "");
    const [a, b] = [await page(first), await page(again)];
    expect(a).toContain("Перевірте пошту");
    expect(b).toBe(a);
    expect(outbox(server.dbPath, { to: email }).map((m) => m.kind)).toEqual(["verify_email", "signup_attempt"]);
  });

  it("a 1 MB field: 400 'too long', other values kept, not echoed back whole", async () => {
    const email = uniqueEmail("big");
    const res = await uk().post("/signup", { ...good, email, name: "a".repeat(1024 * 1024) });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Ім’я може містити щонайбільше 100 символів.");
    expect(valueOf(html, "email")).toBe(email);
    expect(html.length).toBeLessThan(100_000);
  });

  it("a body over the 2 MB cap: 413 with a translated message", async () => {
    const res = await uk().post("/signup", { ...good, email: uniqueEmail(), name: "x".repeat(3 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("Надіслані дані завеликі.");
  });

  it("wrong content type (JSON, multipart, none): 415, translated", async () => {
    for (const contentType of ["application/json", "multipart/form-data; boundary=x", "text/plain"]) {
      const res = await uk().post("/signup", JSON.stringify(good), { contentType });
      expect(res.status, contentType).toBe(415);
      expect(await res.text()).toContain("Не вдалося прочитати форму.");
    }
  });

  it("an unknown language: 400", async () => {
    const res = await uk().post("/signup", { ...good, email: uniqueEmail(), locale: "ru" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Оберіть, будь ласка, одну з мов.");
  });

  it("a filled honeypot: 400, no account", async () => {
    const email = uniqueEmail("bot");
    const res = await uk().post("/signup", { ...good, email, website: "http://spam.example" });
    expect(res.status).toBe(400);
    expect(outbox(server.dbPath, { to: email })).toEqual([]);
    const again = await uk().post("/signup", { ...good, email });
    expect(again.status).toBe(200);
    expect(outbox(server.dbPath, { to: email }).map((m) => m.kind)).toEqual(["verify_email"]);
  });

  it("broken percent-encoding and odd bytes: a 4xx, not a 500", async () => {
    const res = await uk().post("/signup", "name=%E0%A4%A&email=%ZZ&password=%&locale=uk");
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});

describe("log-in with bad input", () => {
  it("empty fields: 400, translated", async () => {
    const res = await uk().post("/login", { email: "", password: "" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Введіть, будь ласка, адресу електронної пошти.");
    expect(html).toContain("Введіть, будь ласка, пароль.");
  });

  it("malformed e-mail: 400, value kept", async () => {
    const res = await ja().post("/login", { email: "nobody@", password: "whatever123" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("メールアドレスの形式が正しくありません");
    expect(valueOf(html, "email")).toBe("nobody@");
  });

  it("wrong password: 401, the same message as an unknown address, e-mail kept", async () => {
    const email = uniqueEmail("known");
    await uk().post("/signup", { ...good, email });
    const wrong = await uk().post("/login", { email, password: "not the password" });
    const unknown = await uk().post("/login", { email: uniqueEmail("unknown"), password: "not the password" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const html = await wrong.text();
    expect(html).toContain("Неправильна адреса електронної пошти або пароль.");
    expect(valueOf(html, "email")).toBe(email);
    expect(await unknown.text()).toContain("Неправильна адреса електронної пошти або пароль.");
  });

  it("a 1 MB password and wrong content types: 4xx, translated", async () => {
    const big = await uk().post("/login", { email: uniqueEmail(), password: "p".repeat(1024 * 1024) });
    expect(big.status).toBe(400);
    expect(await big.text()).toContain("Пароль може містити щонайбільше 256 символів.");
    const json = await uk().post("/login", '{"email":"a@b.c"}', { contentType: "application/json" });
    expect(json.status).toBe(415);
  });
});

describe("other form endpoints", () => {
  it("an unknown language choice leaves things as they were", async () => {
    const res = await uk().post("/language", { locale: "xx", redirectTo: "/courses" });
    expect(res.status).toBe(303);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it("an off-site redirectTo is ignored", async () => {
    const res = await uk().post("/language", { locale: "ja", redirectTo: "//evil.example/" });
    expect(res.headers.get("location")).toBe("/");
  });

  it("GET /logout does not log out; unknown URLs are a translated 404", async () => {
    expect((await uk().get("/logout")).status).toBe(302);
    const res = await uk().get("/no/such/page");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Сторінку не знайдено");
    const post = await uk().post("/no/such/page", { a: "b" });
    expect(post.status).toBe(404);
  });
});

afterAll(() => {
  // A 500 anywhere would have been logged by the server; make sure none was.
  expect(server.output()).not.toMatch(/\[error\]/);
});
