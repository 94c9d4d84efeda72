import { and, asc, eq, sql } from "drizzle-orm";
import { exerciseSubmissions, helpRequests, quizAttempts } from "#db/schema";
import { getCourse } from "~/curriculum/index.server";
import { groupByPerson, needsAttention, type MenteeFacts } from "~/domain/needs-attention";
import type { Locale } from "~/i18n/config";
import { cohortMembersWithNames, type Cohort } from "../cohorts.server";
import { inList, jsonList, prepared } from "../prepared.server";
import { teamBoard } from "../team-board.server";
import { mentorshipsOf } from "./proposals.server";

// What a mentor sees first: their teams and who needs attention.

const selectQuizAttemptsOf = prepared((db) =>
  db
    .select({ userId: quizAttempts.userId, lessonId: quizAttempts.lessonId, passed: quizAttempts.passed, id: quizAttempts.id })
    .from(quizAttempts)
    .where(inList(quizAttempts.userId, "userIds"))
    .orderBy(asc(quizAttempts.id))
    .prepare(),
);

const selectWaitingSubmissions = prepared((db) =>
  db
    .select()
    .from(exerciseSubmissions)
    .where(and(eq(exerciseSubmissions.cohortId, sql.placeholder("cohortId")), eq(exerciseSubmissions.state, "submitted")))
    .prepare(),
);

const selectOpenHelp = prepared((db) =>
  db
    .select()
    .from(helpRequests)
    .where(and(eq(helpRequests.cohortId, sql.placeholder("cohortId")), eq(helpRequests.state, "open")))
    .prepare(),
);

/** Facts about each mentee of a cohort, for the "needs attention" rules. */
export function menteeFacts(cohort: Cohort, now: Date, board = teamBoard(cohort.id, -1, "en", now)): MenteeFacts[] {
  if (!board) return [];
  const members = cohortMembersWithNames(cohort.id);
  const ids = members.map((m) => m.id);
  if (!ids.length) return [];
  const attempts = selectQuizAttemptsOf().all({ userIds: jsonList(ids) });
  const waiting = selectWaitingSubmissions().all({ cohortId: cohort.id });
  const help = selectOpenHelp().all({ cohortId: cohort.id });
  return members.map((m) => {
    const row = board.members.find((b) => b.id === m.id)!;
    const failures = new Map<string, number>();
    for (const a of attempts.filter((x) => x.userId === m.id)) {
      // Failures since the last pass: a later pass clears them.
      failures.set(a.lessonId, a.passed ? -Infinity : Math.max(0, failures.get(a.lessonId) ?? 0) + 1);
    }
    const active = new Date(row.lastActiveAt);
    return {
      userId: m.id,
      name: m.name,
      cohortId: cohort.id,
      inactiveDays: cohort.inactiveDays,
      lastActiveAt: active.getTime() === m.joinedAt.getTime() ? null : active,
      joinedAt: m.joinedAt,
      lessonsBehind: row.behindBy,
      quizzesFailedTwice: [...failures].filter(([, n]) => n >= 2).map(([lessonId, n]) => ({ lessonId, failures: n })),
      exercisesWaiting: waiting.filter((s) => s.userId === m.id).map((s) => ({ submissionId: s.id, lessonId: s.lessonId, since: s.updatedAt })),
      helpOpen: help.filter((h) => h.userId === m.id).map((h) => ({ requestId: h.id, since: h.createdAt })),
    };
  });
}

export function mentorDashboard(mentorId: number, locale: Locale, now = new Date()) {
  const active = mentorshipsOf(mentorId, ["active"]);
  const boards = new Map(active.map(({ cohort }) => [cohort.id, teamBoard(cohort.id, -1, locale, now)!]));
  const cohortsView = active.map(({ cohort }) => {
    const board = boards.get(cohort.id)!;
    return {
      id: cohort.id,
      name: cohort.name,
      courseTitle: getCourse(cohort.courseId)?.title[locale] ?? cohort.courseId,
      mentees: board.members.map((m) => ({ id: m.id, name: m.name, percent: m.percent, behindBy: m.behindBy, lastActiveAt: m.lastActiveAt })),
      nextDue: board.modules.find((m) => m.due && m.due >= board.today)?.due ?? null,
    };
  });
  const attention = needsAttention(active.flatMap(({ cohort }) => menteeFacts(cohort, now, boards.get(cohort.id))), now);
  return { cohorts: cohortsView, attention: groupByPerson(attention) };
}
