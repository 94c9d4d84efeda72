import { describe, expect, it } from "vitest";
import { getConnection } from "#db/client";
import {
  SESSION_TTL_MS,
  createSession,
  generateSessionToken,
  invalidateSession,
  sessionIdFromToken,
  validateSessionToken,
} from "~/models/sessions.server";
import { createUser } from "~/models/users.server";

const DAY = 24 * 60 * 60 * 1000;

async function someUser(email: string) {
  return createUser({ name: "Test", email, password: "long enough pw", locale: "en" });
}

describe("session tokens", () => {
  it("are 20 random bytes in lower-case base32 (32 characters), never repeated", () => {
    const tokens = new Set(Array.from({ length: 200 }, generateSessionToken));
    expect(tokens.size).toBe(200);
    for (const token of tokens) expect(token).toMatch(/^[a-z2-7]{32}$/);
  });

  it("are stored only as their SHA-256", async () => {
    const user = await someUser("hash@example.org");
    const token = generateSessionToken();
    const session = createSession(token, user.id);
    expect(session.id).toBe(sessionIdFromToken(token));
    expect(session.id).toMatch(/^[0-9a-f]{64}$/);
    const rows = getConnection().sqlite.prepare("select * from sessions").all() as Record<string, unknown>[];
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(token);
    expect(dump).toContain(session.id);
  });
});

describe("session lifetime", () => {
  it("lasts 30 days and is not refreshed while more than 15 remain", async () => {
    const user = await someUser("fresh@example.org");
    const now = Date.UTC(2026, 0, 1);
    const token = generateSessionToken();
    createSession(token, user.id, now);
    const result = validateSessionToken(token, now + 14 * DAY);
    expect(result?.refreshed).toBe(false);
    expect(result?.session.expiresAt.getTime()).toBe(now + SESSION_TTL_MS);
  });

  it("slides forward by 30 days once fewer than 15 remain", async () => {
    const user = await someUser("slide@example.org");
    const now = Date.UTC(2026, 0, 1);
    const token = generateSessionToken();
    createSession(token, user.id, now);
    const later = now + 16 * DAY;
    const result = validateSessionToken(token, later);
    expect(result?.refreshed).toBe(true);
    expect(result?.session.expiresAt.getTime()).toBe(later + SESSION_TTL_MS);
    // and the database agrees
    expect(validateSessionToken(token, later + 29 * DAY)?.session.userId).toBe(user.id);
  });

  it("is gone once expired", async () => {
    const user = await someUser("expired@example.org");
    const now = Date.UTC(2026, 0, 1);
    const token = generateSessionToken();
    const session = createSession(token, user.id, now);
    expect(validateSessionToken(token, now + 30 * DAY)).toBeNull();
    const row = getConnection().sqlite.prepare("select 1 from sessions where id = ?").get(session.id);
    expect(row).toBeUndefined();
  });

  it("is deleted on logout", async () => {
    const user = await someUser("logout@example.org");
    const token = generateSessionToken();
    const session = createSession(token, user.id);
    invalidateSession(session.id);
    expect(validateSessionToken(token)).toBeNull();
  });

  it("rejects an unknown token", () => {
    expect(validateSessionToken(generateSessionToken())).toBeNull();
  });
});
