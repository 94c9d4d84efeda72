import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "#db/client";
import { Client, uniqueEmail } from "../support/http-client";
import { outbox, verificationLink } from "../support/mail";
import { startServer, type TestServer } from "../support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

function sessionRows(): Record<string, unknown>[] {
  // A second, read-only look at the server's own database file.
  const { sqlite } = openDatabase(server.dbPath, { migrate: false });
  try {
    return sqlite.prepare("select * from sessions").all() as Record<string, unknown>[];
  } finally {
    sqlite.close();
  }
}

/** Sign-up, the verification link from the outbox, then sign-in: `res` is the sign-in's answer. */
async function signUp(client: Client, email = uniqueEmail()) {
  expect((await client.post("/signup", { name: "Taras", email, password: "a long password", locale: "uk" })).status).toBe(200);
  expect((await client.get(verificationLink(server.dbPath, email))).status).toBe(200);
  const res = await client.post("/login", { email, password: "a long password" });
  expect(res.status).toBe(302);
  return { res, email };
}

describe("session cookie", () => {
  it("is HttpOnly, SameSite=Lax, 30 days, and not Secure on http://127.0.0.1", async () => {
    const { res } = await signUp(new Client(server.url));
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("kumi_session="))!;
    expect(cookie).toMatch(/^kumi_session=[a-z2-7]{32};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).toContain("Path=/");
    expect(cookie).toContain(`Max-Age=${30 * 24 * 60 * 60}`);
    expect(cookie).not.toContain("Secure");
  });

  it("the sessions table holds only the token's SHA-256, never the token", async () => {
    const client = new Client(server.url);
    await signUp(client);
    const token = client.cookies.get("kumi_session")!;
    const rows = sessionRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(token);
    const expected = Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token))).toString("hex");
    expect(rows.map((r) => r.id)).toContain(expected);
  });

  it("signs the user in, and logout deletes the session row", async () => {
    const client = new Client(server.url, { acceptLanguage: "uk" });
    await signUp(client);
    const token = client.cookies.get("kumi_session")!;
    const home = await client.get("/");
    expect(await home.text()).toContain("Ви увійшли як Taras");
    const before = sessionRows().length;

    const out = await client.post("/logout", {});
    expect(out.status).toBe(302);
    expect(out.headers.getSetCookie().join()).toMatch(/kumi_session=; .*Max-Age=0/);
    expect(sessionRows().length).toBe(before - 1);

    // The old token is worthless now, even if someone kept it.
    const replay = new Client(server.url, { acceptLanguage: "uk" });
    replay.cookies.set("kumi_session", token);
    expect(await (await replay.get("/")).text()).not.toContain("Ви увійшли як");
  });

  it("a forged cookie is ignored and cleared", async () => {
    const client = new Client(server.url);
    client.cookies.set("kumi_session", "a".repeat(32));
    const res = await client.get("/courses");
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().join()).toMatch(/kumi_session=; .*Max-Age=0/);
  });
});

describe("Origin check", () => {
  it("refuses a POST from a foreign origin with 403, before anything happens", async () => {
    const email = uniqueEmail("csrf");
    for (const path of ["/signup", "/login", "/logout", "/language"]) {
      const res = await new Client(server.url).post(
        path,
        { name: "X", email, password: "a long password", locale: "en" },
        { origin: "https://evil.example" },
      );
      expect(res.status, path).toBe(403);
    }
    // the sign-up did not happen
    expect(outbox(server.dbPath, { to: email })).toEqual([]);
    const retry = await new Client(server.url).post("/signup", { name: "X", email, password: "a long password", locale: "en" });
    expect(retry.status).toBe(200);
    expect(outbox(server.dbPath, { to: email }).map((m) => m.kind)).toEqual(["verify_email"]);
  });

  it("refuses a POST with neither Origin nor Referer", async () => {
    const res = await new Client(server.url).post("/login", { email: "a@b.org", password: "x" }, { origin: null });
    expect(res.status).toBe(403);
  });

  it("accepts a same-origin Referer when Origin is missing", async () => {
    const res = await new Client(server.url).post(
      "/language",
      { locale: "ja", redirectTo: "/" },
      { origin: null, headers: { Referer: `${server.url}/courses` } },
    );
    expect(res.status).toBe(303);
  });
});

describe("security headers", () => {
  it("sends a strict CSP whose nonce is on every inline script", async () => {
    const res = await new Client(server.url).get("/");
    const csp = res.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    const html = await res.text();
    const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // a fresh nonce per request
    const again = await new Client(server.url).get("/");
    expect(again.headers.get("content-security-policy")).not.toContain(nonce);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});
