import { and, eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { enrolmentRequests, users, type MeetingSlot } from "#db/schema";
import type { Locale } from "~/i18n/config";

/** What the account page shows and edits; never the password hash. */
export function getAccount(userId: number) {
  return (
    getConnection()
      .db.select({
        id: users.id,
        name: users.name,
        email: users.email,
        locale: users.locale,
        timeZone: users.timeZone,
        meetingSlots: users.meetingSlots,
      })
      .from(users)
      .where(eq(users.id, userId))
      .get() ?? null
  );
}

export function updateProfile(userId: number, input: { name: string; locale: Locale; timeZone: string }): void {
  getConnection()
    .db.update(users)
    .set({ name: input.name.trim(), locale: input.locale, timeZone: input.timeZone })
    .where(eq(users.id, userId))
    .run();
}

/**
 * Saves when the person can meet. A request still waiting for a team takes
 * the new answer too: the trainer forms teams from the requests, and an
 * outdated slot there would place the learner in a team she cannot attend.
 */
export function updateAvailability(userId: number, slots: MeetingSlot[]): void {
  const { sqlite, db } = getConnection();
  sqlite.transaction(() => {
    db.update(users).set({ meetingSlots: slots }).where(eq(users.id, userId)).run();
    db.update(enrolmentRequests)
      .set({ slots })
      .where(and(eq(enrolmentRequests.userId, userId), eq(enrolmentRequests.status, "waiting")))
      .run();
  })();
}
