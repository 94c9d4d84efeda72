import { getCourse } from "~/curriculum/index.server";
import type { Locale } from "~/i18n/config";
import { certificates } from "#db/schema";
import { getConnection } from "#db/client";
import { eq } from "drizzle-orm";
import { cohortsOfLearner } from "./cohorts.server";
import { requestsOfUser } from "./enrolment.server";
import { unreadCount } from "./notifications.server";
import { sponsorshipsOfUser } from "./partners/sponsorships.server";
import { completedLessonIds, courseLessonIds } from "./progress.server";

/** What a learner sees on "My learning": teams, progress, waiting requests, certificates. */
export function learnerHome(userId: number, locale: Locale) {
  const teams = cohortsOfLearner(userId).flatMap((cohort) => {
    const course = getCourse(cohort.courseId);
    if (!course) return [];
    const lessons = courseLessonIds(course);
    const done = completedLessonIds(userId, course.id);
    const completed = lessons.filter((id) => done.has(id)).length;
    return [
      {
        cohortId: cohort.id,
        name: cohort.name,
        state: cohort.state,
        courseId: course.id,
        courseTitle: course.title[locale],
        percent: lessons.length ? Math.round((100 * completed) / lessons.length) : 0,
      },
    ];
  });
  const waiting = requestsOfUser(userId).flatMap((r) => {
    const course = getCourse(r.courseId);
    return course ? [{ courseId: r.courseId, courseTitle: course.title[locale], since: r.createdAt.toISOString() }] : [];
  });
  const certs = getConnection()
    .db.select()
    .from(certificates)
    .where(eq(certificates.userId, userId))
    .all()
    .map((c) => ({ code: c.code, courseTitle: getCourse(c.courseId)?.title[locale] ?? c.courseId, issuedAt: c.issuedAt.toISOString() }));
  const sponsorships = sponsorshipsOfUser(userId).map(({ sponsorship, commission, organisation }) => ({
    id: sponsorship.id,
    organisation: organisation.name,
    courseTitle: getCourse(commission.courseId)?.title[locale] ?? commission.courseId,
    withdrawnAt: sponsorship.withdrawnAt?.toISOString() ?? null,
  }));
  return { teams, waiting, certificates: certs, sponsorships, unread: unreadCount(userId) };
}
