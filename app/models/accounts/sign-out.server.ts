import { and, eq, ne } from "drizzle-orm";
import { getConnection } from "#db/client";
import { sessions } from "#db/schema";
import { invalidateUserSessions } from "../sessions.server";

/** "Sign out everywhere": every session of the account ends, this one too. */
export function signOutEverywhere(userId: number): void {
  invalidateUserSessions(userId);
}

/** Every session but the one in use: after a password change the person stays signed in here only. */
export function endOtherSessions(userId: number, keepSessionId: string): number {
  return getConnection()
    .db.delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)))
    .run().changes;
}
