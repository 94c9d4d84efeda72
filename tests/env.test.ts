import { describe, expect, it } from "vitest";
import { parseEnv, productionWarnings } from "~/env.server";

describe("environment", () => {
  it("has working defaults", () => {
    expect(parseEnv({})).toMatchObject({ PORT: 3000, DATABASE_PATH: "data/kumi.db", NODE_ENV: "development" });
  });

  it("names the bad variable", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv({ APP_ORIGIN: "ftp://x" })).toThrow(/APP_ORIGIN/);
    expect(() => parseEnv({ NODE_ENV: "staging" })).toThrow(/NODE_ENV/);
  });

  it("normalises APP_ORIGIN to an origin", () => {
    expect(parseEnv({ APP_ORIGIN: "https://kumi.example.org/some/path" }).APP_ORIGIN).toBe("https://kumi.example.org");
  });

  it("warns a production start that sends e-mail with the development link secret or without APP_ORIGIN", () => {
    const smtp = { NODE_ENV: "production", SMTP_URL: "smtp://user:pass@mail.example.org:587" };
    expect(productionWarnings(parseEnv(smtp)).join(" ")).toMatch(/MAIL_LINK_SECRET.*APP_ORIGIN/);
    const set = { ...smtp, MAIL_LINK_SECRET: "x".repeat(40), APP_ORIGIN: "https://kumi.example.org" };
    expect(productionWarnings(parseEnv(set))).toEqual([]);
    expect(productionWarnings(parseEnv({ NODE_ENV: "production" }))).toEqual([]);
  });
});
