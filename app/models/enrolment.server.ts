import { and, asc, desc, eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { enrolmentRequests, users, type MeetingSlot } from "#db/schema";
import type { Locale } from "~/i18n/config";

export interface EnrolmentInput {
  userId: number;
  courseId: string;
  languages: Locale[];
  slots: MeetingSlot[];
  timeZone: string;
}

/**
 * Asks to join a course. A second request while one is waiting replaces its
 * answers (languages, slots, time zone) instead of queueing twice.
 */
export function requestEnrolment(input: EnrolmentInput) {
  const { db } = getConnection();
  return db.transaction((tx) => {
    // The zone she gives when joining is her own until she changes it on /account.
    tx.update(users).set({ timeZone: input.timeZone }).where(eq(users.id, input.userId)).run();
    const existing = waitingRequest(input.userId, input.courseId);
    if (existing) {
      return tx
        .update(enrolmentRequests)
        .set({ languages: input.languages, slots: input.slots, timeZone: input.timeZone })
        .where(eq(enrolmentRequests.id, existing.id))
        .returning()
        .get();
    }
    return tx.insert(enrolmentRequests).values({ ...input, status: "waiting" }).returning().get();
  });
}

export function waitingRequest(userId: number, courseId: string) {
  return (
    getConnection()
      .db.select()
      .from(enrolmentRequests)
      .where(
        and(eq(enrolmentRequests.userId, userId), eq(enrolmentRequests.courseId, courseId), eq(enrolmentRequests.status, "waiting")),
      )
      .get() ?? null
  );
}

export function withdrawRequest(userId: number, courseId: string): void {
  getConnection()
    .db.update(enrolmentRequests)
    .set({ status: "withdrawn" })
    .where(and(eq(enrolmentRequests.userId, userId), eq(enrolmentRequests.courseId, courseId), eq(enrolmentRequests.status, "waiting")))
    .run();
}

export function requestsOfUser(userId: number) {
  return getConnection()
    .db.select()
    .from(enrolmentRequests)
    .where(and(eq(enrolmentRequests.userId, userId), eq(enrolmentRequests.status, "waiting")))
    .orderBy(desc(enrolmentRequests.createdAt))
    .all();
}

export function waitingForCourse(courseId: string) {
  return getConnection()
    .db.select()
    .from(enrolmentRequests)
    .where(and(eq(enrolmentRequests.courseId, courseId), eq(enrolmentRequests.status, "waiting")))
    .orderBy(asc(enrolmentRequests.createdAt), asc(enrolmentRequests.id))
    .all();
}
