import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, uniqueEmail } from "../support/http-client";
import { linkIn, outbox } from "../support/mail";
import { createCohort, execute, query, signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";
import { recipient, startSmtp, type TestSmtp } from "../support/smtp";

// E-mail end to end: the built server, a real SMTP server in this process,
// and what arrives parsed by mailparser.

let smtp: TestSmtp;
let server: TestServer;
beforeAll(async () => {
  smtp = await startSmtp();
  server = await startServer({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_POLL_MS: "200", AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
});
afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

/** A page as text without the per-request CSP nonce, and with one address replaced. */
async function samePage(res: Response, address: string): Promise<string> {
  return (await res.text()).replace(/nonce="[^"]*"/g, "").replaceAll(address, "ADDRESS");
}

/** A header as sent, unfolded (long headers are wrapped over several lines). */
const headerLine = (mail: { headerLines: readonly { key: string; line: string }[] }, key: string) =>
  (mail.headerLines.find((h) => h.key === key)?.line ?? "").replace(/\r?\n[ \t]+/g, "");

describe("sign-up and verification", () => {
  it("the link arrives in the chosen language, confirms the address once; until then a banner and no team", async () => {
    const client = new Client(server.url, { acceptLanguage: "uk" });
    const email = uniqueEmail("verify");
    const password = "sunny day in Osaka";
    const res = await client.post("/signup", { name: "Олена", email, password, locale: "uk" });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Перевірте пошту");

    const [mail] = await smtp.waitFor((m) => recipient(m) === email);
    expect(mail!.subject).toBe("Підтвердьте свою електронну адресу для kumi");
    expect(mail!.text).toContain("Вітаємо, Олена!");
    const link = linkIn(mail!.text ?? "", "/verify-email");
    expect(mail!.html).toContain(link.replaceAll("&", "&amp;"));

    // Signed in but unverified: the banner, and joining a waiting list (a team to come) is refused.
    expect((await client.post("/login", { email, password })).status).toBe(302);
    expect(await (await client.get("/courses")).text()).toContain("Будь ласка, підтвердьте свою електронну адресу");
    const join = await client.post("/courses/rpa-foundations/join", { intent: "request", languages: "uk", slots: "weekend", timeZone: "Asia/Tokyo" });
    expect(join.status).toBe(403);

    const page = await client.get(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Вашу електронну адресу підтверджено");
    expect(query<{ v: number | null }>(server, "select email_verified_at as v from users where email = ?", email)[0]!.v).not.toBeNull();
    expect(await (await client.get("/courses")).text()).not.toContain("Будь ласка, підтвердьте свою електронну адресу");
    expect(await (await client.get(link)).text()).toContain("Це посилання вже використано.");
  });
});

describe("password reset", () => {
  it("answers the same for any address, the link works once and ends every old session", async () => {
    const user = await signUp(server, { name: "Reset Me", locale: "en" });
    const stranger = new Client(server.url, { acceptLanguage: "en" });
    const unknown = uniqueEmail("nobody");
    // She opens the form first (as a person does): both answers are then later visits, styles linked.
    await stranger.get("/forgot-password");
    const forUnknown = await stranger.post("/forgot-password", { email: unknown });
    const forUser = await stranger.post("/forgot-password", { email: user.email });
    expect(forUser.status).toBe(200);
    expect(forUnknown.status).toBe(forUser.status);
    expect(await samePage(forUnknown, unknown)).toBe(await samePage(forUser, user.email));
    expect(outbox(server.dbPath, { to: unknown })).toEqual([]);

    const [mail] = await smtp.waitFor((m) => recipient(m) === user.email && m.subject === "Set a new password for kumi");
    const link = linkIn(mail!.text ?? "", "/reset-password");
    const token = new URL(link, server.url).searchParams.get("token")!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the SHA-256 of the token is stored.
    expect(query(server, "select 1 from email_tokens where token_hash = ?", token)).toEqual([]);

    const browser = new Client(server.url, { acceptLanguage: "en" });
    expect(await (await browser.get(link)).text()).toContain("New password");
    // The form posts to the page's own address, token included.
    const weak = await browser.post(link, { token, password: "password1234" });
    expect(weak.status).toBe(400);
    expect(await weak.text()).toContain("This password is too common");

    const done = await browser.post(link, { token, password: "a brand new passphrase" });
    expect(done.status).toBe(303);
    expect((await browser.get("/learn")).status).toBe(200);
    // The session signed in before the reset is gone.
    const old = await user.client.get("/learn");
    expect(old.status).toBe(302);
    expect(old.headers.get("location")).toMatch(/^\/login/);

    const again = await new Client(server.url).post(link, { token, password: "another new passphrase" });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("This link was already used.");
    expect((await new Client(server.url).post("/login", { email: user.email, password: "a brand new passphrase" })).status).toBe(302);
  });
});

describe("notification e-mails", () => {
  it("carry a signed one-click unsubscribe that works from a mail client, signed out", async () => {
    const trainer = await signUp(server, { name: "Trainer", roles: ["trainer"] });
    const team = await createCohort(server, trainer.client, { name: "Team Mail" });
    const a = await signUp(server, { name: "Anna" });
    const b = await signUp(server, { name: "Bohdan", locale: "uk" });
    for (const p of [a, b]) expect((await p.client.post(`/join/${team.inviteCode}`, {})).status).toBe(303);
    execute(server, "insert into notification_preferences (user_id, kind, delivery) values (?, 'nudge', 'email')", b.id);
    expect((await a.client.post(`/cohorts/${team.cohortId}`, { intent: "nudge", to: String(b.id) })).status).toBe(303);

    const [mail] = await smtp.waitFor((m) => recipient(m) === b.email && /Anna/.test(m.subject ?? ""));
    expect(mail!.text).toContain("Anna");
    expect(headerLine(mail!, "list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    const url = /<([^>]+)>/.exec(headerLine(mail!, "list-unsubscribe"))![1]!;
    const path = new URL(url).pathname + new URL(url).search;
    expect(path).toMatch(/^\/unsubscribe\/one-click\?u=\d+&k=nudge&s=/);

    const mailClient = new Client(server.url);
    // A forged signature changes nothing.
    const forged = await mailClient.post(path.replace(/s=[^&]+/, "s=AAAA"), "List-Unsubscribe=One-Click", { origin: null });
    expect(forged.status).toBe(400);
    expect(query<{ d: string }>(server, "select delivery as d from notification_preferences where user_id = ? and kind = 'nudge'", b.id)[0]!.d).toBe("email");
    // RFC 8058: a POST with no Origin (or the mail provider's own) and no cookies.
    const res = await mailClient.post(path, "List-Unsubscribe=One-Click", { origin: null });
    expect(res.status, `${path}\n${server.output().slice(-2000)}`).toBe(200);
    expect(query<{ d: string }>(server, "select delivery as d from notification_preferences where user_id = ? and kind = 'nudge'", b.id)[0]!.d).toBe("app");
    expect((await mailClient.post(path, "List-Unsubscribe=One-Click", { origin: "https://mail.example" })).status).toBe(200);
    // The exemption is that path only: other mutations still need our Origin.
    expect((await a.client.post("/logout", {}, { origin: null })).status).toBe(403);
    // Opened in a browser, the link asks first (mail scanners open links); the footer links there too.
    const opened = await mailClient.get(path);
    expect(opened.headers.get("location")).toBe(path.replace("/unsubscribe/one-click", "/unsubscribe"));
    expect(mail!.text).toContain(new URL(opened.headers.get("location")!, url).toString());
    expect(await (await mailClient.get(opened.headers.get("location")!)).text()).toContain("Stop e-mails about “nudges”");
  });
});

describe("when the SMTP server is down", () => {
  it("e-mails wait and, once it is back, each arrives exactly once, across a server restart", async () => {
    const first = await startSmtp();
    const port = first.port;
    await first.close();
    const env = { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_POLL_MS: "200", MAIL_RETRY_BASE_MS: "300" };
    const down = await startServer(env);
    const email = uniqueEmail("patient");
    let back: TestSmtp | undefined;
    let restarted: TestServer | undefined;
    try {
      expect((await new Client(down.url).post("/signup", { name: "Patient", email, password: "waiting for the mail", locale: "ja" })).status).toBe(200);
      const deadline = Date.now() + 30_000;
      for (;;) {
        const [row] = outbox(down.dbPath, { to: email });
        if (row && row.attempts >= 1 && row.last_error) {
          expect(row.status).toBe("queued");
          break;
        }
        if (Date.now() > deadline) throw new Error(`no failed attempt recorded: ${JSON.stringify(row)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      await down.stop();
      restarted = await startServer({ ...env, DATABASE_PATH: down.dbPath });
      back = await startSmtp(port);
      await back.waitFor((m) => recipient(m) === email, 1, 60_000);
      // Time for a duplicate to show up if there were going to be one.
      await new Promise((r) => setTimeout(r, 2000));
      const arrived = back.received.filter((m) => recipient(m) === email);
      expect(arrived).toHaveLength(1);
      expect(arrived[0]!.subject).toBe("kumi のメールアドレスを確認してください");
      expect(outbox(down.dbPath, { to: email }).map((m) => m.status)).toEqual(["sent"]);
    } finally {
      await restarted?.stop();
      await down.stop();
      await back?.close();
    }
  }, 180_000);
});
