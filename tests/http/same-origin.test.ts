import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/http/safe-redirect";
import { isAllowedOrigin } from "~/http/same-origin";

const expectedOrigin = "https://kumi.example.org";

describe("isAllowedOrigin", () => {
  it("lets safe methods through", () => {
    expect(isAllowedOrigin({ method: "GET", origin: "https://evil.example", referer: undefined, expectedOrigin })).toBe(true);
  });
  it("accepts a same-origin POST", () => {
    expect(isAllowedOrigin({ method: "POST", origin: expectedOrigin, referer: undefined, expectedOrigin })).toBe(true);
  });
  it("refuses a foreign or missing Origin", () => {
    expect(isAllowedOrigin({ method: "POST", origin: "https://evil.example", referer: undefined, expectedOrigin })).toBe(false);
    expect(isAllowedOrigin({ method: "DELETE", origin: "null", referer: undefined, expectedOrigin })).toBe(false);
    expect(isAllowedOrigin({ method: "POST", origin: undefined, referer: undefined, expectedOrigin })).toBe(false);
  });
  it("falls back to Referer when Origin is absent", () => {
    expect(isAllowedOrigin({ method: "POST", origin: undefined, referer: `${expectedOrigin}/login`, expectedOrigin })).toBe(true);
    expect(isAllowedOrigin({ method: "POST", origin: undefined, referer: "https://evil.example/x", expectedOrigin })).toBe(false);
    expect(isAllowedOrigin({ method: "POST", origin: undefined, referer: "not a url", expectedOrigin })).toBe(false);
  });
});

describe("safeRedirect", () => {
  it.each([
    ["/courses", "/courses"],
    ["//evil.example", "/"],
    ["/\\evil.example", "/"],
    ["https://evil.example", "/"],
    [undefined, "/"],
    [42, "/"],
  ])("%s → %s", (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });
});
