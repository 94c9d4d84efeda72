import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { eq, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import { sessions } from "#db/schema";
import { prepared } from "./prepared.server";

// Session handling follows the Lucia session guide: the cookie holds a random
// token, the database only its SHA-256, expiry slides forward on use.
const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_TTL_MS = 30 * DAY_MS;
const REFRESH_WHEN_UNDER_MS = 15 * DAY_MS;

export interface Session {
  id: string;
  userId: number;
  expiresAt: Date;
}

export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export function createSession(token: string, userId: number, now = Date.now()): Session {
  const session: Session = {
    id: sessionIdFromToken(token),
    userId,
    expiresAt: new Date(now + SESSION_TTL_MS),
  };
  getConnection().db.insert(sessions).values(session).run();
  return session;
}

export interface SessionValidation {
  session: Session;
  /** True when the expiry moved forward and the cookie must be re-sent. */
  refreshed: boolean;
}

// Every request runs this.
const selectSession = prepared((db) => db.select().from(sessions).where(eq(sessions.id, sql.placeholder("id"))).prepare());
function sessionById(id: string): Session | undefined {
  return selectSession().get({ id });
}

export function validateSessionToken(token: string, now = Date.now()): SessionValidation | null {
  const { db } = getConnection();
  const id = sessionIdFromToken(token);
  const row = sessionById(id);
  if (!row) return null;
  if (now >= row.expiresAt.getTime()) {
    db.delete(sessions).where(eq(sessions.id, id)).run();
    return null;
  }
  if (row.expiresAt.getTime() - now < REFRESH_WHEN_UNDER_MS) {
    const expiresAt = new Date(now + SESSION_TTL_MS);
    db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id)).run();
    return { session: { ...row, expiresAt }, refreshed: true };
  }
  return { session: row, refreshed: false };
}

export function invalidateSession(sessionId: string): void {
  getConnection().db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export function invalidateUserSessions(userId: number): void {
  getConnection().db.delete(sessions).where(eq(sessions.userId, userId)).run();
}
