import { and, eq, lt } from "drizzle-orm";
import { getConnection } from "#db/client";
import { submissionKeys } from "#db/schema";

/** A phone resends its queue within days; a month covers any trip without signal. */
export const KEY_KEPT_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Records that this person's submission `key` is being acted on. False when it
 * already was: the caller must then do nothing again.
 */
export function claimSubmissionKey(userId: number, key: string, now = Date.now()): boolean {
  const { db } = getConnection();
  db.delete(submissionKeys).where(lt(submissionKeys.createdAt, new Date(now - KEY_KEPT_MS))).run();
  const result = db.insert(submissionKeys).values({ userId, key, createdAt: new Date(now) }).onConflictDoNothing().run();
  return result.changes === 1;
}

/** Forgets a claim whose work failed, so that the phone's next try is carried out. */
export function releaseSubmissionKey(userId: number, key: string): void {
  getConnection()
    .db.delete(submissionKeys)
    .where(and(eq(submissionKeys.userId, userId), eq(submissionKeys.key, key)))
    .run();
}
