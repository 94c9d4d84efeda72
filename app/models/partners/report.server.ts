import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { certificates, cohortMembers, cohortModuleDue, cohorts, commissions, lessonProgress, sponsorships, users } from "#db/schema";
import { getCourse } from "~/curriculum/index.server";
import { addDays, todayIn, weekStart } from "~/domain/calendar";
import { isLocale, type Locale } from "~/i18n/config";
import { inList, jsonList, prepared } from "../prepared.server";
import { commissionState } from "./commissions.server";
import { partnerOutcomes } from "./report-outcomes.server";

export type LearnerStatus = "notStarted" | "onTrack" | "behind" | "completed";

export interface ReportLearner {
  userId: number;
  name: string;
  courseId: string;
  courseTitle: string;
  status: LearnerStatus;
  percent: number;
  nextDue: string | null;
  certificateCode: string | null;
  cohortName: string | null;
}

const selectCommissionsOf = prepared((db) =>
  db.select().from(commissions).where(eq(commissions.organisationId, sql.placeholder("organisationId"))).orderBy(asc(commissions.startsOn)).prepare(),
);

const selectSponsored = prepared((db) =>
  db
    .select({ sponsorship: sponsorships, name: users.name })
    .from(sponsorships)
    .innerJoin(users, eq(users.id, sponsorships.userId))
    .where(inList(sponsorships.commissionId, "commissionIds"))
    .orderBy(asc(users.name))
    .prepare(),
);

/**
 * The smallest group a figure is shown for. A smaller group's figure would
 * let the firm work out one person's progress, so the report says "fewer
 * than 3" instead (null in the data).
 */
export const MIN_GROUP_SIZE = 3;

/** A figure over a group of `size` people, or null when the group is too small to show. */
export function groupFigure<T>(size: number, figure: () => T): T | null {
  return size < MIN_GROUP_SIZE ? null : figure();
}

/** A count that is itself about people: 1 or 2 is "fewer than 3" (0 tells nothing about anyone). */
export function headCount(n: number): number | null {
  return n > 0 && n < MIN_GROUP_SIZE ? null : n;
}

/**
 * What a partner sees about its organisation: the page and the CSV both read
 * this, so the rules below hold for both. Learners who consent appear by
 * name with status, progress, due dates and certificate. A learner who
 * withdrew consent appears only in the count of withdrawn learners: her
 * progress is in no average, team row or chart week. Every aggregate over
 * fewer than MIN_GROUP_SIZE people is null ("fewer than 3"). Never
 * check-ins, help requests, exercises or mentor notes.
 */
export function partnerReport(organisationId: number, locale: Locale, now = new Date()) {
  const orgCommissions = selectCommissionsOf().all({ organisationId });
  const ids = orgCommissions.map((c) => c.id);
  const sponsored = ids.length ? selectSponsored().all({ commissionIds: jsonList(ids) }) : [];
  const consenting = sponsored.filter((s) => !s.sponsorship.withdrawnAt);

  // Everything about the consenting learners in a handful of queries, then
  // computed in memory: the report's cost follows the firm's size, not the
  // instance's. Withdrawn learners' progress is never even read.
  const learnerRow = learnerRows(
    consenting.map((s) => s.sponsorship.userId),
    locale,
    now,
  );

  const perCommission = orgCommissions.map((c) => {
    const mine = sponsored.filter((s) => s.sponsorship.commissionId === c.id);
    const learners = mine.filter((s) => !s.sponsorship.withdrawnAt).map((s) => learnerRow(s.sponsorship.userId, s.name, c.courseId));
    return {
      id: c.id,
      courseId: c.courseId,
      courseTitle: getCourse(c.courseId)?.title[locale] ?? c.courseId,
      seats: c.seats,
      used: mine.length,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      languages: c.languages.filter(isLocale),
      inviteCode: c.inviteCode,
      state: commissionState(c, now),
      learners,
      // Over consenting learners only; the withdrawn are a bare count.
      totals: {
        learners: learners.length,
        withdrawn: mine.length - learners.length,
        completed: groupFigure(learners.length, () => learners.filter((r) => r.status === "completed").length),
        averagePercent: groupFigure(learners.length, () => Math.round(learners.reduce((n, r) => n + r.percent, 0) / learners.length)),
      },
    };
  });

  // Completion per team, over the consenting learners in it.
  const byCohort = new Map<string, { total: number; completed: number }>();
  for (const c of perCommission) {
    for (const row of c.learners) {
      if (!row.cohortName) continue;
      const entry = byCohort.get(row.cohortName) ?? { total: 0, completed: 0 };
      entry.total++;
      if (row.status === "completed") entry.completed++;
      byCohort.set(row.cohortName, entry);
    }
  }

  return {
    commissions: perCommission,
    cohorts: [...byCohort].map(([name, v]) =>
      v.total < MIN_GROUP_SIZE ? { name, total: null, completed: null, percent: null } : { name, ...v, percent: Math.round((100 * v.completed) / v.total) },
    ),
    weekly: groupWeeklyProgress(
      consenting.map((s) => s.sponsorship.userId),
      now,
    ),
    // After the course: only graduates who still consent to progress and said yes to the partner report.
    outcomes: partnerOutcomes(consenting.map((s) => s.sponsorship.userId)),
  };
}

export type PartnerReport = ReturnType<typeof partnerReport>;

const selectMembershipsOf = prepared((db) =>
  db
    .select({ userId: cohortMembers.userId, cohort: cohorts })
    .from(cohortMembers)
    .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
    .where(inList(cohortMembers.userId, "userIds"))
    .prepare(),
);

const selectDueOf = prepared((db) => db.select().from(cohortModuleDue).where(inList(cohortModuleDue.cohortId, "cohortIds")).prepare());

const selectCompletedOf = prepared((db) =>
  db
    .select({ userId: lessonProgress.userId, lessonId: lessonProgress.lessonId })
    .from(lessonProgress)
    .where(and(inList(lessonProgress.userId, "userIds"), isNotNull(lessonProgress.completedAt)))
    .prepare(),
);

const selectCertificatesOf = prepared((db) =>
  db
    .select({ userId: certificates.userId, courseId: certificates.courseId, code: certificates.code })
    .from(certificates)
    .where(inList(certificates.userId, "userIds"))
    .prepare(),
);

/** Status rows for many learners at once (see partnerReport). */
function learnerRows(userIds: number[], locale: Locale, now: Date) {
  const ids = [...new Set(userIds)];
  const userList = { userIds: jsonList(ids) };
  const memberships = ids.length ? selectMembershipsOf().all(userList) : [];
  const cohortIds = [...new Set(memberships.map((m) => m.cohort.id))];
  const dues = cohortIds.length ? selectDueOf().all({ cohortIds: jsonList(cohortIds) }) : [];
  const done = ids.length ? selectCompletedOf().all(userList) : [];
  const certs = ids.length ? selectCertificatesOf().all(userList) : [];
  const doneBy = new Map<number, Set<string>>();
  for (const d of done) (doneBy.get(d.userId) ?? doneBy.set(d.userId, new Set()).get(d.userId)!).add(d.lessonId);

  // The report asks for each learner's row more than once.
  const rows = new Map<string, ReportLearner>();
  return (userId: number, name: string, courseId: string): ReportLearner => {
    const key = `${userId}/${courseId}`;
    let row = rows.get(key);
    if (!row) {
      row = learnerRow(userId, name, courseId);
      rows.set(key, row);
    }
    return row;
  };

  function learnerRow(userId: number, name: string, courseId: string): ReportLearner {
    const course = getCourse(courseId);
    const cohort = memberships.find((m) => m.userId === userId && m.cohort.courseId === courseId)?.cohort ?? null;
    const certificate = certs.find((c) => c.userId === userId && c.courseId === courseId) ?? null;
    const mine = doneBy.get(userId) ?? new Set<string>();
    const modules = (course?.modules ?? []).map((m) => ({
      due: cohort ? (dues.find((d) => d.cohortId === cohort.id && d.moduleId === m.id)?.dueDate ?? null) : null,
      lessons: m.lessons.filter((l) => !l.variants.en.draft).map((l) => l.id),
    }));
    const lessons = modules.flatMap((m) => m.lessons);
    const completed = lessons.filter((id) => mine.has(id)).length;
    const today = todayIn(cohort?.timeZone ?? "Asia/Tokyo", now);
    const behind = modules.some((m) => m.due && m.due < today && m.lessons.some((id) => !mine.has(id)));
    const status: LearnerStatus = certificate ? "completed" : !cohort || completed === 0 ? "notStarted" : behind ? "behind" : "onTrack";
    return {
      userId,
      name,
      courseId,
      courseTitle: course?.title[locale] ?? courseId,
      status,
      percent: certificate ? 100 : lessons.length ? Math.round((100 * completed) / lessons.length) : 0,
      nextDue: cohort ? (modules.find((m) => m.due && m.due >= today && m.lessons.some((id) => !mine.has(id)))?.due ?? null) : null,
      certificateCode: certificate?.code ?? null,
      cohortName: cohort?.name ?? null,
    };
  }
}

/** Lessons completed per week by the given learners, for the last `weeks` weeks (oldest first). */
export function weeklyProgress(userIds: number[], now = new Date(), weeks = 12): { week: string; lessons: number }[] {
  return weeklyCompletions(userIds, now, weeks).map(({ week, lessons }) => ({ week, lessons }));
}

/**
 * The report's chart: a week in which 1 or 2 people completed lessons shows
 * null ("fewer than 3"), since its count is theirs alone.
 */
function groupWeeklyProgress(userIds: number[], now: Date, weeks = 12): { week: string; lessons: number | null }[] {
  return weeklyCompletions(userIds, now, weeks).map(({ week, lessons, learners }) => ({
    week,
    lessons: learners === 0 ? 0 : groupFigure(learners, () => lessons),
  }));
}

function weeklyCompletions(userIds: number[], now: Date, weeks: number): { week: string; lessons: number; learners: number }[] {
  const thisWeek = weekStart(todayIn("Asia/Tokyo", now));
  const series = Array.from({ length: weeks }, (_, i) => ({ week: addDays(thisWeek, -7 * (weeks - 1 - i)), lessons: 0, learners: 0 }));
  if (!userIds.length) return series;
  const from = new Date(`${series[0]!.week}T00:00:00+09:00`);
  const counts = new Map(selectWeeklyCompletions().all({ userIds: jsonList(userIds), from: from.getTime() }).map((r) => [r.week, r]));
  return series.map((s) => ({ week: s.week, lessons: counts.get(s.week)?.lessons ?? 0, learners: counts.get(s.week)?.learners ?? 0 }));
}

// Counted by SQLite, a row per week. Japan has one offset all year (+09:00,
// no daylight saving), so a completion's Tokyo date is its instant plus nine
// hours; '-6 days', 'weekday 1' then steps to the Monday on or before it.
const selectWeeklyCompletions = prepared((db) =>
  db
    .select({
      week: sql<string>`strftime('%Y-%m-%d', ${lessonProgress.completedAt} / 1000 + 9 * 3600, 'unixepoch', '-6 days', 'weekday 1')`.as("week"),
      lessons: sql<number>`count(*)`,
      learners: sql<number>`count(distinct ${lessonProgress.userId})`,
    })
    .from(lessonProgress)
    .where(and(inList(lessonProgress.userId, "userIds"), sql`${lessonProgress.completedAt} >= ${sql.placeholder("from")}`))
    .groupBy(sql`week`)
    .prepare(),
);
