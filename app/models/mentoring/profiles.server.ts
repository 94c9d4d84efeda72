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

export function saveMentorProfile(
  userId: number,
  input: { languages: Locale[]; slots: MeetingSlot[]; capacity: number; listed: boolean; status: MentorProfile["status"] },
): void {
  getConnection()
    .db.insert(mentorProfiles)
    .values({ userId, ...input })
    .onConflictDoUpdate({ target: mentorProfiles.userId, set: input })
    .run();
}

