import { describe, expect, it } from "vitest";
import { parseEnv } from "~/env.server";

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
});
