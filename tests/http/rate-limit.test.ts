import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, uniqueEmail } from "../support/http-client";
import { signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

// Trusting one proxy hop lets the test speak from several client IPs. Three
// failures in a row (instead of ten) keep each address under the per-minute budget.
let server: TestServer;
beforeAll(async () => {
  server = await startServer({ TRUST_PROXY_HOPS: "1", LOGIN_FAILS_IN_A_ROW: "3" });
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

  it("50 wrong passwords from one address do not lock the owner out from hers", async () => {
    const owner = await signUp(server, { name: "Owner" });
    const attacker = new Client(server.url, { acceptLanguage: "ja", forwardedFor: "198.51.100.66" });
    const statuses: number[] = [];
    for (let i = 1; i <= 50; i++) statuses.push((await attacker.post("/login", { email: owner.email, password: "guess " + i })).status);
    // failures in a row stop this address guessing this account; the owner is untouched
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(new Set(statuses.slice(3))).toEqual(new Set([429]));
    const refused = await attacker.post("/login", { email: owner.email, password: "a long password" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.text()).toContain("試行回数が多すぎます。");

    const home = new Client(server.url, { forwardedFor: "198.51.100.200" });
    expect((await home.post("/login", { email: owner.email, password: "a long password" })).status).toBe(302);
  });

  it("one wrong try each from 50 addresses does not lock the owner out either", async () => {
    const owner = await signUp(server, { name: "Owner" });
    for (let i = 1; i <= 50; i++) {
      const client = new Client(server.url, { forwardedFor: `198.18.0.${i}` });
      expect((await client.post("/login", { email: owner.email, password: "guess" + i })).status, `try ${i}`).toBe(401);
    }
    const home = new Client(server.url, { forwardedFor: "198.18.1.1" });
    expect((await home.post("/login", { email: owner.email, password: "a long password" })).status).toBe(302);
  });

  it("a right password ends the run of failures from that address", async () => {
    const owner = await signUp(server, { name: "Owner" });
    const client = new Client(server.url, { forwardedFor: "192.0.2.50" });
    const typos = async (n: number) => {
      for (let i = 1; i <= n; i++) expect((await client.post("/login", { email: owner.email, password: "typo" + i })).status).toBe(401);
    };
    const rightPassword = async () => {
      const res = await client.post("/login", { email: owner.email, password: "a long password" });
      client.cookies.clear();
      return res.status;
    };
    await typos(2);
    expect(await rightPassword()).toBe(302);
    await typos(2);
    expect(await rightPassword()).toBe(302);
    // without a success in between, the third failure in a row stops this address
    await typos(3);
    expect(await rightPassword()).toBe(429);
  });

  it("limits sign-ups per IP too", async () => {
    const client = new Client(server.url, { forwardedFor: "192.0.2.77" });
    for (let i = 1; i <= 10; i++) {
      const res = await client.post("/signup", { name: "N", email: uniqueEmail("su"), password: "sunny day in Osaka", locale: "en" });
      expect(res.status).toBe(200);
      client.cookies.clear();
    }
    const res = await client.post("/signup", { name: "N", email: uniqueEmail("su"), password: "sunny day in Osaka", locale: "en" });
    expect(res.status).toBe(429);
  });
});
