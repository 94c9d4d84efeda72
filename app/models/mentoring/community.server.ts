import { and, asc, eq, inArray } from "drizzle-orm";
import { getConnection } from "#db/client";
import { mentorProfiles, users } from "#db/schema";
import { getCourse } from "~/curriculum/index.server";
import type { Locale } from "~/i18n/config";
import { completedCourses } from "./profiles.server";
import { openCount } from "./proposals.server";
import { mentorStats } from "./stats.server";

// The mentors as others see them: the community page and the trainers' list.

/** Seniors who chose to be listed on the community page. */
export function listedSeniors(locale: Locale) {
  const { db } = getConnection();
  return db
    .select({ userId: mentorProfiles.userId, name: users.name, languages: mentorProfiles.languages })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(and(eq(mentorProfiles.listed, true), inArray(mentorProfiles.status, ["active", "paused"])))
    .orderBy(asc(users.name))
    .all()
    .map((s) => ({
      ...s,
      courses: completedCourses(s.userId).map((id) => getCourse(id)?.title[locale] ?? id),
      stats: mentorStats(s.userId),
    }));
}

/** Every mentor (anyone with a profile), for trainers. */
export function allMentors(locale: Locale) {
  const { db } = getConnection();
  return db
    .select({ userId: mentorProfiles.userId, name: users.name, status: mentorProfiles.status, capacity: mentorProfiles.capacity, languages: mentorProfiles.languages })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .orderBy(asc(users.name))
    .all()
    .map((m) => ({ ...m, stats: mentorStats(m.userId), open: openCount(m.userId), courses: completedCourses(m.userId).map((id) => getCourse(id)?.title[locale] ?? id) }));
}
