import { randomBytes } from "node:crypto";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import {
  TEAM_SIZE,
  cohortMembers,
  cohortModuleDue,
  cohorts,
  enrolmentRequests,
  mentorships,
  users,
  type CohortState,
  type MeetingSlot,
} from "#db/schema";
import { getCourse, isDraft } from "~/curriculum/index.server";
import { moduleDueDates } from "~/domain/calendar";
import { prepared } from "./prepared.server";
import type { Locale } from "~/i18n/config";

export type Cohort = typeof cohorts.$inferSelect;

/** Short, unambiguous, easy to read aloud or type on a phone. */
export function generateInviteCode(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(10);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}

export interface NewCohort {
  courseId: string;
  name: string;
  locale: Locale;
  meetingSlot: MeetingSlot;
  meetingNote?: string;
  timeZone?: string;
  startDate: string;
  weeksPerModule?: number;
  state?: CohortState;
  createdBy?: number | null;
}

export function createCohort(input: NewCohort): Cohort {
  const course = getCourse(input.courseId);
  if (!course) throw new Error(`unknown course ${input.courseId}`);
  const { sqlite, db } = getConnection();
  const weeks = input.weeksPerModule ?? 2;
  return sqlite.transaction(() => {
    const cohort = db
      .insert(cohorts)
      .values({
        courseId: input.courseId,
        name: input.name.trim(),
        locale: input.locale,
        meetingSlot: input.meetingSlot,
        meetingNote: input.meetingNote?.trim() ?? "",
        timeZone: input.timeZone ?? "Asia/Tokyo",
        startDate: input.startDate,
        weeksPerModule: weeks,
        state: input.state ?? "forming",
        inviteCode: generateInviteCode(),
        createdBy: input.createdBy ?? null,
        lessonIds: course.modules.flatMap((m) => m.lessons.filter((l) => !isDraft(l)).map((l) => l.id)),
      })
      .returning()
      .get();
    const due = moduleDueDates(
      input.startDate,
      course.modules.map((m) => m.id),
      weeks,
    );
    db.insert(cohortModuleDue)
      .values(Object.entries(due).map(([moduleId, dueDate]) => ({ cohortId: cohort.id, moduleId, dueDate })))
      .run();
    return cohort;
  })();
}

const selectCohort = prepared((db) => db.select().from(cohorts).where(eq(cohorts.id, sql.placeholder("id"))).prepare());

export function getCohort(id: number): Cohort | null {
  return selectCohort().get({ id }) ?? null;
}

export function getCohortByInvite(code: string): Cohort | null {
  return getConnection().db.select().from(cohorts).where(eq(cohorts.inviteCode, code)).get() ?? null;
}

export function cohortMemberIds(cohortId: number): number[] {
  return getConnection()
    .db.select({ userId: cohortMembers.userId })
    .from(cohortMembers)
    .where(eq(cohortMembers.cohortId, cohortId))
    .all()
    .map((r) => r.userId);
}

const selectMembers = prepared((db) =>
  db
    .select({ id: users.id, name: users.name, joinedAt: cohortMembers.joinedAt })
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .where(eq(cohortMembers.cohortId, sql.placeholder("cohortId")))
    .orderBy(asc(cohortMembers.joinedAt), asc(users.id))
    .prepare(),
);

export function cohortMembersWithNames(cohortId: number) {
  return selectMembers().all({ cohortId });
}

const selectMembership = prepared((db) =>
  db
    .select({ one: sql`1` })
    .from(cohortMembers)
    .where(and(eq(cohortMembers.cohortId, sql.placeholder("cohortId")), eq(cohortMembers.userId, sql.placeholder("userId"))))
    .prepare(),
);

export function isCohortMember(cohortId: number, userId: number): boolean {
  return selectMembership().get({ cohortId, userId }) !== undefined;
}

const selectCohortOfLearner = prepared((db) =>
  db
    .select({ cohort: cohorts })
    .from(cohortMembers)
    .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
    .where(and(eq(cohortMembers.userId, sql.placeholder("userId")), eq(cohorts.courseId, sql.placeholder("courseId"))))
    .prepare(),
);

/** The learner's cohort for a course (a learner studies a course in one team). */
export function cohortOfLearner(userId: number, courseId: string): Cohort | null {
  return selectCohortOfLearner().get({ userId, courseId })?.cohort ?? null;
}

export function cohortsOfLearner(userId: number): Cohort[] {
  return getConnection()
    .db.select({ cohort: cohorts })
    .from(cohortMembers)
    .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
    .where(eq(cohortMembers.userId, userId))
    .orderBy(asc(cohorts.startDate))
    .all()
    .map((r) => r.cohort);
}

export type JoinResult =
  | { ok: true; cohort: Cohort; alreadyMember: boolean }
  | { ok: false; reason: "full" | "finished" | "inOtherCohort"; cohort: Cohort };

/**
 * Takes a seat. The count and the insert happen in one immediate
 * transaction, so of two people racing for the last seat exactly one gets
 * it; the database trigger refuses a sixth learner even if this check were
 * bypassed.
 */
export function joinCohort(cohortId: number, userId: number): JoinResult {
  const { sqlite, db } = getConnection();
  const run = sqlite.transaction((): JoinResult => {
    const cohort = getCohort(cohortId);
    if (!cohort) throw new Error("no such cohort");
    if (isCohortMember(cohortId, userId)) return { ok: true, cohort, alreadyMember: true };
    if (cohort.state === "finished") return { ok: false, reason: "finished", cohort };
    const other = cohortOfLearner(userId, cohort.courseId);
    if (other) return { ok: false, reason: "inOtherCohort", cohort: other };
    const taken = cohortMemberIds(cohortId).length;
    if (taken >= TEAM_SIZE) return { ok: false, reason: "full", cohort };
    db.insert(cohortMembers).values({ cohortId, userId }).run();
    // A waiting request for this course is now answered.
    db.update(enrolmentRequests)
      .set({ status: "placed", cohortId })
      .where(
        and(
          eq(enrolmentRequests.userId, userId),
          eq(enrolmentRequests.courseId, cohort.courseId),
          eq(enrolmentRequests.status, "waiting"),
        ),
      )
      .run();
    return { ok: true, cohort, alreadyMember: false };
  });
  try {
    return run.immediate();
  } catch (error) {
    if (error instanceof Error && /cohort is full/.test(error.message)) {
      return { ok: false, reason: "full", cohort: getCohort(cohortId)! };
    }
    throw error;
  }
}

export type MoveResult = { ok: true } | { ok: false; reason: "full" | "notMember" | "otherCourse" };

/** A trainer moves a learner to another cohort of the same course. */
export function moveLearner(userId: number, fromCohortId: number, toCohortId: number): MoveResult {
  const { sqlite, db } = getConnection();
  const run = sqlite.transaction((): MoveResult => {
    const from = getCohort(fromCohortId);
    const to = getCohort(toCohortId);
    if (!from || !to || !isCohortMember(fromCohortId, userId)) return { ok: false, reason: "notMember" };
    if (from.courseId !== to.courseId) return { ok: false, reason: "otherCourse" };
    if (cohortMemberIds(toCohortId).length >= TEAM_SIZE) return { ok: false, reason: "full" };
    db.delete(cohortMembers).where(and(eq(cohortMembers.cohortId, fromCohortId), eq(cohortMembers.userId, userId))).run();
    db.insert(cohortMembers).values({ cohortId: toCohortId, userId }).run();
    db.update(enrolmentRequests)
      .set({ cohortId: toCohortId })
      .where(and(eq(enrolmentRequests.userId, userId), eq(enrolmentRequests.cohortId, fromCohortId)))
      .run();
    return { ok: true };
  });
  return run.immediate();
}

export function setCohortState(cohortId: number, state: CohortState): void {
  const { sqlite, db } = getConnection();
  sqlite.transaction(() => {
    db.update(cohorts).set({ state }).where(eq(cohorts.id, cohortId)).run();
    // A finished cohort completes its mentorship: the mentor's access ends with it.
    if (state === "finished") {
      db.update(mentorships)
        .set({ state: sql`case when ${mentorships.state} = 'active' then 'completed' else 'ended' end`, endedAt: new Date() })
        .where(and(eq(mentorships.cohortId, cohortId), inArray(mentorships.state, ["active", "proposed"])))
        .run();
    }
  })();
}

export function setInactiveDays(cohortId: number, days: number): void {
  getConnection().db.update(cohorts).set({ inactiveDays: days }).where(eq(cohorts.id, cohortId)).run();
}

export function renewInviteCode(cohortId: number): string {
  const code = generateInviteCode();
  getConnection().db.update(cohorts).set({ inviteCode: code }).where(eq(cohorts.id, cohortId)).run();
  return code;
}

export function listCohorts(filter: { courseId?: string } = {}) {
  const { db } = getConnection();
  const rows = db
    .select({
      cohort: cohorts,
      members: sql<number>`(select count(*) from ${cohortMembers} where ${cohortMembers.cohortId} = ${cohorts.id})`,
    })
    .from(cohorts)
    .where(filter.courseId ? eq(cohorts.courseId, filter.courseId) : undefined)
    .orderBy(asc(cohorts.state), asc(cohorts.startDate), asc(cohorts.id))
    .all();
  return rows.map((r) => ({ ...r.cohort, memberCount: r.members }));
}

export function cohortsByIds(ids: number[]): Cohort[] {
  if (!ids.length) return [];
  return getConnection().db.select().from(cohorts).where(inArray(cohorts.id, ids)).all();
}
