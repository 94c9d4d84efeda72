import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase64urlNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { and, eq, isNull } from "drizzle-orm";
import { getConnection } from "#db/client";
import { emailTokens, type EmailTokenPurpose } from "#db/schema";

// One-time links, as the Lucia guide on e-mail tokens describes: 32 random
// bytes in the link, only their SHA-256 in the database, short-lived, single
// use, and a new link for the same purpose replaces the older ones.
export const TOKEN_TTL_MS: Record<EmailTokenPurpose, number> = {
  verify_email: 48 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
  change_email: 24 * 60 * 60 * 1000,
};

export function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Call inside the transaction that queues the e-mail carrying the token. */
export function createEmailToken(userId: number, purpose: EmailTokenPurpose, email: string, now = new Date()): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  const token = encodeBase64urlNoPadding(bytes);
  const { db } = getConnection();
  db.delete(emailTokens)
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)))
    .run();
  db.insert(emailTokens)
    .values({ tokenHash: hashToken(token), userId, purpose, email, expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]) })
    .run();
  return token;
}

export type TokenCheck = { ok: true; userId: number; email: string } | { ok: false; reason: "invalid" | "expired" | "used" };

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Whether the token would be accepted now, without using it (for the page that asks for a new password). */
export function checkEmailToken(token: string, purpose: EmailTokenPurpose, now = new Date()): TokenCheck {
  if (!TOKEN_SHAPE.test(token)) return { ok: false, reason: "invalid" };
  const row = getConnection()
    .db.select()
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, hashToken(token)), eq(emailTokens.purpose, purpose)))
    .get();
  if (!row) return { ok: false, reason: "invalid" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, userId: row.userId, email: row.email };
}

/**
 * Uses the token: marks it used in the same statement that checks it is
 * unused, so two clicks racing each other cannot both succeed. Call inside the
 * transaction that does what the link is for.
 */
export function consumeEmailToken(token: string, purpose: EmailTokenPurpose, now = new Date()): TokenCheck {
  const check = checkEmailToken(token, purpose, now);
  if (!check.ok) return check;
  const changed = getConnection()
    .db.update(emailTokens)
    .set({ usedAt: now })
    .where(and(eq(emailTokens.tokenHash, hashToken(token)), isNull(emailTokens.usedAt)))
    .run().changes;
  return changed ? check : { ok: false, reason: "used" };
}
