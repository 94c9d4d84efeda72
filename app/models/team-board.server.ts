import { and, eq, max, sql } from "drizzle-orm";
import { FORMER_MEMBER_NAME, checkIns, exerciseSubmissions } from "#db/schema";
import { getCourse, isDraft, lessonTitle } from "~/curriculum/index.server";
import { addDays, todayIn, weekStart } from "~/domain/calendar";
import type { Locale } from "~/i18n/config";
import { moduleDueDatesOf } from "./cohort-due-dates.server";
import { cohortMembersWithNames, getCohort, type Cohort } from "./cohorts.server";
import { inList, jsonList, prepared } from "./prepared.server";
import { progressOf } from "./progress.server";

export const QUIET_AFTER_DAYS = 7;

export type Cell = "done" | "started" | "none";

/**
 * Everything a team board shows: each member × each lesson, module due
 * dates, who is behind the pace and who has gone quiet, and what is due this
 * week for the viewer.
 */
export function teamBoard(cohortId: number, viewerId: number, locale: Locale, now = new Date()) {
  const cohort = getCohort(cohortId);
  const course = cohort && getCourse(cohort.courseId);
  if (!cohort || !course) return null;
  const due = moduleDueDatesOf(cohortId);
  const today = todayIn(cohort.timeZone, now);
  const snapshot = new Set(cohort.lessonIds);

  const modules = course.modules.map((module) => ({
    id: module.id,
    title: module.title[locale],
    due: due[module.id] ?? null,
    lessons: module.lessons
      .filter((l) => !isDraft(l))
      .map((l) => ({
        id: l.id,
        title: lessonTitle(l, locale),
        kind: l.variants.en.kind,
        // Added to the course after this team started: new, not "missed".
        isNew: snapshot.size > 0 && !snapshot.has(l.id),
      })),
  }));
  const allLessons = modules.flatMap((m) => m.lessons);
  const expectedByNow = modules.filter((m) => m.due && m.due < today).flatMap((m) => m.lessons.map((l) => l.id));

  const members = cohortMembersWithNames(cohortId);
  const memberIds = members.map((m) => m.id);
  const rows = progressOf(memberIds, cohort.courseId);
  const lastActive = lastActivity(cohortId, memberIds);
  for (const row of rows) {
    const t = Math.max(row.startedAt.getTime(), row.completedAt?.getTime() ?? 0);
    lastActive.set(row.userId, Math.max(lastActive.get(row.userId) ?? 0, t));
  }

  const quietBefore = now.getTime() - QUIET_AFTER_DAYS * 24 * 60 * 60 * 1000;
  const memberRows = members.map((member) => {
    const mine = rows.filter((r) => r.userId === member.id);
    const cells: Record<string, Cell> = {};
    for (const lesson of allLessons) {
      const row = mine.find((r) => r.lessonId === lesson.id);
      cells[lesson.id] = row?.completedAt ? "done" : row ? "started" : "none";
    }
    const completed = allLessons.filter((l) => cells[l.id] === "done").length;
    const behindBy = expectedByNow.filter((id) => cells[id] !== "done").length;
    const last = lastActive.get(member.id) ?? member.joinedAt.getTime();
    return {
      id: member.id,
      name: member.name,
      former: member.name === FORMER_MEMBER_NAME,
      isViewer: member.id === viewerId,
      completed,
      percent: allLessons.length ? Math.round((100 * completed) / allLessons.length) : 0,
      behindBy,
      lastActiveAt: new Date(last).toISOString(),
      quiet: cohort.state === "active" && last < quietBefore,
      cells,
    };
  });

  const viewerCells = memberRows.find((m) => m.isViewer)?.cells;
  const monday = weekStart(today);
  const sunday = addDays(monday, 6);
  const thisWeek = viewerCells
    ? modules
        .filter((m) => m.due && m.due <= sunday && m.lessons.some((l) => viewerCells[l.id] !== "done"))
        .map((m) => ({
          moduleId: m.id,
          title: m.title,
          due: m.due!,
          overdue: m.due! < today,
          lessons: m.lessons.filter((l) => viewerCells[l.id] !== "done"),
        }))
    : [];

  return {
    cohort: publicCohort(cohort, course.title[locale]),
    today,
    week: { from: monday, to: sunday },
    modules,
    members: memberRows,
    thisWeek,
  };
}

export function publicCohort(cohort: Cohort, courseTitle: string) {
  return {
    id: cohort.id,
    name: cohort.name,
    courseId: cohort.courseId,
    courseTitle,
    locale: cohort.locale,
    meetingSlot: cohort.meetingSlot,
    meetingNote: cohort.meetingNote,
    timeZone: cohort.timeZone,
    startDate: cohort.startDate,
    state: cohort.state,
  };
}

const selectLastCheckIns = prepared((db) =>
  db
    .select({ userId: checkIns.userId, at: max(checkIns.createdAt) })
    .from(checkIns)
    .where(and(eq(checkIns.cohortId, sql.placeholder("cohortId")), inList(checkIns.userId, "userIds")))
    .groupBy(checkIns.userId)
    .prepare(),
);

const selectLastSubmissions = prepared((db) =>
  db
    .select({ userId: exerciseSubmissions.userId, at: max(exerciseSubmissions.updatedAt) })
    .from(exerciseSubmissions)
    .where(and(eq(exerciseSubmissions.cohortId, sql.placeholder("cohortId")), inList(exerciseSubmissions.userId, "userIds")))
    .groupBy(exerciseSubmissions.userId)
    .prepare(),
);

function lastActivity(cohortId: number, memberIds: number[]): Map<number, number> {
  const result = new Map<number, number>();
  if (!memberIds.length) return result;
  const bump = (userId: number, at: Date | null) => {
    if (at) result.set(userId, Math.max(result.get(userId) ?? 0, at.getTime()));
  };
  const params = { cohortId, userIds: jsonList(memberIds) };
  for (const r of selectLastCheckIns().all(params)) bump(r.userId, r.at);
  for (const r of selectLastSubmissions().all(params)) bump(r.userId, r.at);
  return result;
}
