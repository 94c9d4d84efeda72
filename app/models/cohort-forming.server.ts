import { and, eq, inArray } from "drizzle-orm";
import { getConnection } from "#db/client";
import { cohortMembers, enrolmentRequests, type MeetingSlot } from "#db/schema";
import { getCourse } from "~/curriculum/index.server";
import { addDays, todayIn, weekStart } from "~/domain/calendar";
import { formTeams, type FormingResult } from "~/domain/cohort-forming";
import { isLocale, type Locale } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";
import { createCohort, type Cohort } from "./cohorts.server";
import { waitingForCourse } from "./enrolment.server";
import { notify } from "./notifications.server";

export function proposeTeams(courseId: string): FormingResult {
  return formTeams(
    waitingForCourse(courseId).map((r) => ({
      requestId: r.id,
      userId: r.userId,
      languages: r.languages.filter(isLocale),
      slots: r.slots as MeetingSlot[],
      createdAt: r.createdAt.getTime(),
    })),
  );
}

/** The Monday after next: time for a new team to say hello before it starts. */
export function defaultStartDate(timeZone = "Asia/Tokyo", now = new Date()): string {
  return addDays(weekStart(todayIn(timeZone, now)), 14);
}

/** A formed team's name, wholly in the team's own language: "Автоматизація без коду · Вихідні · команда 1". */
export function autoTeamName(courseTitle: string, locale: Locale, slot: MeetingSlot, number: number): string {
  const t = serverT(locale);
  return t("team:autoName", { course: courseTitle, slot: t(`team:slot.${slot}`), number });
}

/**
 * Runs cohort forming for a course: creates the proposed teams (state
 * "forming"), places their learners, and tells everyone left over that they
 * are still waiting. Everything in one transaction.
 */
export function formCohorts(
  courseId: string,
  options: { createdBy?: number | null; startDate?: string; names?: (locale: Locale, index: number) => string } = {},
): { cohorts: Cohort[]; leftovers: number[] } {
  const course = getCourse(courseId);
  if (!course) throw new Error(`unknown course ${courseId}`);
  const { sqlite, db } = getConnection();
  return sqlite.transaction(() => {
    const { teams, leftovers } = proposeTeams(courseId);
    const created: Cohort[] = [];
    teams.forEach((team, i) => {
      const cohort = createCohort({
        courseId,
        name: options.names?.(team.locale, i) ?? autoTeamName(course.title[team.locale], team.locale, team.slot, i + 1),
        locale: team.locale,
        meetingSlot: team.slot,
        startDate: options.startDate ?? defaultStartDate(),
        createdBy: options.createdBy ?? null,
      });
      db.insert(cohortMembers)
        .values(team.members.map((m) => ({ cohortId: cohort.id, userId: m.userId })))
        .run();
      db.update(enrolmentRequests)
        .set({ status: "placed", cohortId: cohort.id })
        .where(and(inArray(enrolmentRequests.id, team.members.map((m) => m.requestId)), eq(enrolmentRequests.status, "waiting")))
        .run();
      notify(team.members.map((m) => ({ userId: m.userId, kind: "placed" as const, cohortId: cohort.id, link: `/cohorts/${cohort.id}` })));
      created.push(cohort);
    });
    notify(
      leftovers.map((l) => ({ userId: l.userId, kind: "still_waiting" as const, link: "/learn", data: { courseId } })),
    );
    return { cohorts: created, leftovers: leftovers.map((l) => l.userId) };
  })();
}
