import { eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { certificates, mentorProfiles, type MeetingSlot } from "#db/schema";
import type { Locale } from "~/i18n/config";

// A senior's opt-in as a mentor: languages, slots, capacity and whether they are listed.

export type MentorProfile = typeof mentorProfiles.$inferSelect;

/** Courses a person completed (has a certificate for): the courses they may mentor. */
export function completedCourses(userId: number): string[] {
  return getConnection()
    .db.select({ courseId: certificates.courseId })
    .from(certificates)
    .where(eq(certificates.userId, userId))
    .all()
    .map((r) => r.courseId);
}

export function getMentorProfile(userId: number): MentorProfile | null {
  return getConnection().db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, userId)).get() ?? null;
}

/** A senior has completed a course (holds its certificate): only seniors may opt in as mentors. */
export function isSenior(userId: number): boolean {
  return completedCourses(userId).length > 0;
}

export type SaveProfileResult = { ok: true } | { ok: false; reason: "notSenior" };

export function saveMentorProfile(
  userId: number,
  input: { languages: Locale[]; slots: MeetingSlot[]; capacity: number; listed: boolean; status: MentorProfile["status"] },
): SaveProfileResult {
  const { sqlite, db } = getConnection();
  return sqlite.transaction((): SaveProfileResult => {
    if (!isSenior(userId)) return { ok: false, reason: "notSenior" };
    db.insert(mentorProfiles)
      .values({ userId, ...input })
      .onConflictDoUpdate({ target: mentorProfiles.userId, set: input })
      .run();
    return { ok: true };
  })();
}
