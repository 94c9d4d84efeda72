import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "../support/http-client";
import { signUp } from "../support/scenario";
import { startServer, type TestServer } from "../support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ AUTH_RATE_LIMIT_PER_MINUTE: "10000" });
});
afterAll(async () => {
  await server?.stop();
});

// Every error is the styled page in the viewer's language with a way back,
// never a bare "Not Found" / "Bad Request".
describe("error pages", () => {
  it("an undecodable address is the translated 400 page, with no stack trace in the log", async () => {
    const before = server.output().length;
    for (const [language, title] of [
      ["uk", "Ця адреса недійсна"],
      ["ja", "このアドレスは正しくありません"],
    ] as const) {
      const res = await new Client(server.url, { acceptLanguage: language }).get("/%E0%A4%A");
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain(title);
      expect(html).toContain('href="/"');
    }
    expect(server.output().slice(before)).not.toMatch(/URIError|\n\s+at /);
  });

  it("/partner for someone who is not a partner manager is the translated 404 page", async () => {
    const { client } = await signUp(server, { locale: "uk" });
    const res = await client.get("/partner");
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain("<html");
    expect(html).toContain('lang="uk"');
  });
});
