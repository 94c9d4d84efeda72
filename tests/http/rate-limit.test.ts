import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, uniqueEmail } from "../support/http-client";
import { startServer, type TestServer } from "../support/server";

// Trusting one proxy hop lets the test speak from several client IPs.
let server: TestServer;
beforeAll(async () => {
  server = await startServer({ TRUST_PROXY_HOPS: "1" });
});
afterAll(async () => {
  await server?.stop();
});

describe("login rate limit", () => {
  it("answers the 11th attempt within a minute from one IP with 429 and a translated wait", async () => {
    const client = new Client(server.url, { acceptLanguage: "uk", forwardedFor: "203.0.113.10" });
    for (let i = 1; i <= 10; i++) {
      const res = await client.post("/login", { email: uniqueEmail("ip"), password: "wrong password" });
      expect(res.status, `attempt ${i}`).toBe(401);
    }
    const res = await client.post("/login", { email: uniqueEmail("ip"), password: "wrong password" });
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await res.text()).toMatch(/Забагато спроб\. Зачекайте \d+ секунд/);
  });

  it("limits attempts on one e-mail address across IPs", async () => {
    const email = uniqueEmail("target");
    for (let i = 1; i <= 10; i++) {
      const client = new Client(server.url, { forwardedFor: `198.51.100.${i}` });
      expect((await client.post("/login", { email, password: "guess" + i })).status).toBe(401);
    }
    const fresh = new Client(server.url, { acceptLanguage: "ja", forwardedFor: "198.51.100.99" });
    const res = await fresh.post("/login", { email, password: "guess 11" });
    expect(res.status).toBe(429);
    expect(await res.text()).toContain("試行回数が多すぎます。");
    // another address from that IP is still fine
    expect((await fresh.post("/login", { email: uniqueEmail(), password: "x" })).status).toBe(401);
  });

  it("limits sign-ups per IP too", async () => {
    const client = new Client(server.url, { forwardedFor: "192.0.2.77" });
    for (let i = 1; i <= 10; i++) {
      const res = await client.post("/signup", { name: "N", email: uniqueEmail("su"), password: "long enough", locale: "en" });
      expect(res.status).toBe(302);
      client.cookies.clear();
    }
    const res = await client.post("/signup", { name: "N", email: uniqueEmail("su"), password: "long enough", locale: "en" });
    expect(res.status).toBe(429);
  });
});
