import { randomBytes } from "node:crypto";
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";
import { eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { calendarFeeds } from "#db/schema";

// A calendar app fetches the feed without signing in, so the secret in its URL
// is the credential: 160 random bits, kept only as a hash, one per person.

const SECRET = /^[a-z2-7]{32}$/;

function hashSecret(secret: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}

/** Makes a new feed secret for the person, replacing (and so revoking) any earlier one. Returns it once. */
export function createCalendarFeed(userId: number): string {
  const secret = encodeBase32LowerCaseNoPadding(randomBytes(20));
  const secretHash = hashSecret(secret);
  getConnection()
    .db.insert(calendarFeeds)
    .values({ userId, secretHash, createdAt: new Date() })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { secretHash, createdAt: new Date() } })
    .run();
  return secret;
}

export function revokeCalendarFeed(userId: number): void {
  getConnection().db.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).run();
}

/** When the person's current feed was made, or null if they have none. */
export function calendarFeedCreatedAt(userId: number): Date | null {
  return getConnection().db.select({ at: calendarFeeds.createdAt }).from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).get()?.at ?? null;
}

/** Whose feed a secret opens, or null for a malformed, unknown or revoked one. */
export function calendarFeedOwner(secret: string): number | null {
  if (!SECRET.test(secret)) return null;
  return (
    getConnection().db.select({ userId: calendarFeeds.userId }).from(calendarFeeds).where(eq(calendarFeeds.secretHash, hashSecret(secret))).get()?.userId ??
    null
  );
}
