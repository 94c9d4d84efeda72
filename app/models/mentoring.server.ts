import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import {
  certificates,
  cohortMembers,
  cohorts,
  exerciseSubmissions,
  helpReplies,
  helpRequests,
  mentorProfiles,
  mentorSessions,
  mentorships,
  quizAttempts,
  sessionAttendees,
  users,
  type MeetingSlot,
} from "#db/schema";
import { getCourse } from "~/curriculum/index.server";
import { median, needsAttention, type MenteeFacts } from "~/domain/needs-attention";
import type { Locale } from "~/i18n/config";
import { cohortMembersWithNames, getCohort, type Cohort } from "./cohorts.server";
import { notify } from "./notifications.server";
import { inList, jsonList, prepared } from "./prepared.server";
import { teamBoard } from "./team-board.server";

export type Mentorship = typeof mentorships.$inferSelect;
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

export function isActiveMentor(cohortId: number, userId: number): boolean {
  return (
    getConnection()
      .db.select({ id: mentorships.id })
      .from(mentorships)
      .where(and(eq(mentorships.cohortId, cohortId), eq(mentorships.mentorId, userId), eq(mentorships.state, "active")))
      .get() !== undefined
  );
}

const selectMentorshipsOf = prepared((db) =>
  db
    .select({ mentorship: mentorships, cohort: cohorts })
    .from(mentorships)
    .innerJoin(cohorts, eq(cohorts.id, mentorships.cohortId))
    .where(and(eq(mentorships.mentorId, sql.placeholder("mentorId")), inList(mentorships.state, "states")))
    .orderBy(desc(mentorships.proposedAt))
    .prepare(),
);

export function mentorshipsOf(mentorId: number, states: Mentorship["state"][]) {
  return selectMentorshipsOf().all({ mentorId, states: jsonList(states) });
}

export function mentorshipsOfCohort(cohortId: number) {
  return getConnection()
    .db.select({ mentorship: mentorships, name: users.name })
    .from(mentorships)
    .innerJoin(users, eq(users.id, mentorships.mentorId))
    .where(eq(mentorships.cohortId, cohortId))
    .orderBy(desc(mentorships.proposedAt))
    .all();
}

const selectActiveMentor = prepared((db) =>
  db
    .select({ id: users.id, name: users.name })
    .from(mentorships)
    .innerJoin(users, eq(users.id, mentorships.mentorId))
    .where(and(eq(mentorships.cohortId, sql.placeholder("cohortId")), eq(mentorships.state, "active")))
    .prepare(),
);

/** The active mentor of a cohort, for the mentee side. */
export function activeMentorOf(cohortId: number): { id: number; name: string } | null {
  return selectActiveMentor().get({ cohortId }) ?? null;
}

function openCount(mentorId: number): number {
  return (
    getConnection()
      .db.select({ n: sql<number>`count(*)` })
      .from(mentorships)
      .where(and(eq(mentorships.mentorId, mentorId), inArray(mentorships.state, ["proposed", "active"])))
      .get()?.n ?? 0
  );
}

export interface MentorSuggestion {
  userId: number;
  name: string;
  capacityLeft: number;
  teamsMentored: number;
  slotMatch: boolean;
}

/**
 * Seniors who could mentor a cohort: completed its course, opted in and
 * active, speak its language, have a free place and share its meeting slot.
 * Best first: most free places, then most experience, then longest a senior.
 */
export function suggestMentors(cohortId: number): MentorSuggestion[] {
  const cohort = getCohort(cohortId);
  if (!cohort) return [];
  const { db } = getConnection();
  const members = new Set(cohortMembersWithNames(cohortId).map((m) => m.id));
  const rows = db
    .select({ profile: mentorProfiles, name: users.name, certifiedAt: certificates.issuedAt })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .innerJoin(certificates, and(eq(certificates.userId, mentorProfiles.userId), eq(certificates.courseId, cohort.courseId)))
    .where(eq(mentorProfiles.status, "active"))
    .all();
  const already = new Set(
    db.select({ id: mentorships.mentorId }).from(mentorships).where(and(eq(mentorships.cohortId, cohortId), inArray(mentorships.state, ["proposed", "active"]))).all().map((r) => r.id),
  );
  return rows
    .filter((r) => !members.has(r.profile.userId) && !already.has(r.profile.userId))
    .filter((r) => r.profile.languages.includes(cohort.locale))
    .filter((r) => r.profile.slots.includes(cohort.meetingSlot))
    .map((r) => ({
      userId: r.profile.userId,
      name: r.name,
      capacityLeft: r.profile.capacity - openCount(r.profile.userId),
      teamsMentored: mentorshipsOf(r.profile.userId, ["active", "completed"]).length,
      slotMatch: true,
      certifiedAt: r.certifiedAt.getTime(),
    }))
    .filter((s) => s.capacityLeft > 0)
    .sort((a, b) => b.capacityLeft - a.capacityLeft || b.teamsMentored - a.teamsMentored || a.certifiedAt - b.certifiedAt)
    .map(({ certifiedAt: _c, ...s }) => s);
}

export type ProposeResult = { ok: true; mentorship: Mentorship } | { ok: false; reason: "notSuggested" };

/** A trainer proposes a senior; only someone currently suggested can be proposed. */
export function proposeMentor(cohortId: number, mentorId: number, trainerId: number): ProposeResult {
  const { sqlite, db } = getConnection();
  return sqlite.transaction((): ProposeResult => {
    if (!suggestMentors(cohortId).some((s) => s.userId === mentorId)) return { ok: false, reason: "notSuggested" };
    const mentorship = db.insert(mentorships).values({ cohortId, mentorId, proposedBy: trainerId, state: "proposed" }).returning().get();
    notify({ userId: mentorId, kind: "mentor_proposed", actorId: trainerId, cohortId, link: "/mentor" });
    return { ok: true, mentorship };
  }).immediate();
}

export type RespondResult = { ok: true } | { ok: false; reason: "notFound" | "notProposed" };

export function respondToProposal(mentorshipId: number, mentorId: number, accept: boolean, now = new Date()): RespondResult {
  const { sqlite, db } = getConnection();
  return sqlite.transaction((): RespondResult => {
    const m = db.select().from(mentorships).where(eq(mentorships.id, mentorshipId)).get();
    if (!m || m.mentorId !== mentorId) return { ok: false, reason: "notFound" };
    if (m.state !== "proposed") return { ok: false, reason: "notProposed" };
    db.update(mentorships).set({ state: accept ? "active" : "declined", respondedAt: now }).where(eq(mentorships.id, mentorshipId)).run();
    if (m.proposedBy) {
      notify({ userId: m.proposedBy, kind: accept ? "mentor_accepted" : "mentor_declined", actorId: mentorId, cohortId: m.cohortId, link: `/trainer/cohorts/${m.cohortId}/mentor` });
    }
    return { ok: true };
  })();
}

/** Ends a mentorship: "completed" once the cohort has finished, else "ended". Access ends with it. */
export function endMentorship(mentorshipId: number, now = new Date()): void {
  const { db } = getConnection();
  const m = db.select().from(mentorships).where(eq(mentorships.id, mentorshipId)).get();
  if (!m || (m.state !== "active" && m.state !== "proposed")) return;
  const cohort = getCohort(m.cohortId);
  db.update(mentorships)
    .set({ state: cohort?.state === "finished" && m.state === "active" ? "completed" : "ended", endedAt: now })
    .where(eq(mentorships.id, mentorshipId))
    .run();
}

export function getMentorship(id: number): Mentorship | null {
  return getConnection().db.select().from(mentorships).where(eq(mentorships.id, id)).get() ?? null;
}

// --- sessions ----------------------------------------------------------------

export function logSession(cohortId: number, mentorId: number, input: { heldOn: string; minutes: number; attendees: number[]; notes: string }) {
  const { sqlite, db } = getConnection();
  return sqlite.transaction(() => {
    const members = new Set(cohortMembersWithNames(cohortId).map((m) => m.id));
    const session = db.insert(mentorSessions).values({ cohortId, mentorId, heldOn: input.heldOn, minutes: input.minutes, notes: input.notes }).returning().get();
    const attendees = input.attendees.filter((id) => members.has(id));
    if (attendees.length) db.insert(sessionAttendees).values(attendees.map((userId) => ({ sessionId: session.id, userId }))).run();
    return session;
  })();
}

/** A mentor's own sessions (notes included), also after their mentorships ended. */
export function sessionsOfMentor(mentorId: number, cohortId?: number) {
  const { db } = getConnection();
  const sessions = db
    .select({ session: mentorSessions, cohortName: cohorts.name })
    .from(mentorSessions)
    .innerJoin(cohorts, eq(cohorts.id, mentorSessions.cohortId))
    .where(and(eq(mentorSessions.mentorId, mentorId), cohortId ? eq(mentorSessions.cohortId, cohortId) : undefined))
    .orderBy(desc(mentorSessions.heldOn), desc(mentorSessions.id))
    .all();
  return withAttendees(sessions.map((s) => ({ ...s.session, cohortName: s.cohortName })));
}

/** Every session of a cohort, for trainers. */
export function sessionsOfCohort(cohortId: number) {
  const { db } = getConnection();
  const sessions = db
    .select({ session: mentorSessions, mentorName: users.name })
    .from(mentorSessions)
    .innerJoin(users, eq(users.id, mentorSessions.mentorId))
    .where(eq(mentorSessions.cohortId, cohortId))
    .orderBy(desc(mentorSessions.heldOn))
    .all();
  return withAttendees(sessions.map((s) => ({ ...s.session, cohortName: "", mentorName: s.mentorName })));
}

function withAttendees<T extends { id: number }>(sessions: T[]) {
  if (!sessions.length) return [];
  const rows = getConnection()
    .db.select({ sessionId: sessionAttendees.sessionId, userId: sessionAttendees.userId, name: users.name, rating: sessionAttendees.rating, thanks: sessionAttendees.thanks })
    .from(sessionAttendees)
    .innerJoin(users, eq(users.id, sessionAttendees.userId))
    .where(inArray(sessionAttendees.sessionId, sessions.map((s) => s.id)))
    .all();
  return sessions.map((s) => ({ ...s, attendees: rows.filter((r) => r.sessionId === s.id) }));
}

const selectSessionsOfMentee = prepared((db) =>
  db
    .select({
      id: mentorSessions.id,
      heldOn: mentorSessions.heldOn,
      minutes: mentorSessions.minutes,
      mentorName: users.name,
      rating: sessionAttendees.rating,
      thanks: sessionAttendees.thanks,
    })
    .from(sessionAttendees)
    .innerJoin(mentorSessions, eq(mentorSessions.id, sessionAttendees.sessionId))
    .innerJoin(users, eq(users.id, mentorSessions.mentorId))
    .where(and(eq(sessionAttendees.userId, sql.placeholder("userId")), eq(mentorSessions.cohortId, sql.placeholder("cohortId"))))
    .orderBy(desc(mentorSessions.heldOn))
    .prepare(),
);

/** Sessions a learner took part in (no notes: those are the mentor's). */
export function sessionsOfMentee(userId: number, cohortId: number) {
  return selectSessionsOfMentee().all({ userId, cohortId });
}

export function giveSessionFeedback(sessionId: number, userId: number, rating: number | null, thanks: string | null): boolean {
  const result = getConnection()
    .db.update(sessionAttendees)
    .set({ rating, thanks })
    .where(and(eq(sessionAttendees.sessionId, sessionId), eq(sessionAttendees.userId, userId)))
    .run();
  return result.changes > 0;
}

// --- dashboard and the ladder ----------------------------------------------------

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
  return { cohorts: cohortsView, attention };
}

export interface MentorStats {
  teams: number;
  mentees: number;
  completionRate: number | null;
  helpAnswered: number;
  medianReplyMinutes: number | null;
}

const selectMenteesOf = prepared((db) =>
  db
    .select({ userId: cohortMembers.userId, courseId: cohorts.courseId })
    .from(cohortMembers)
    .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
    .where(inList(cohortMembers.cohortId, "cohortIds"))
    .prepare(),
);

const selectCertificatesOf = prepared((db) =>
  db
    .select({ userId: certificates.userId, courseId: certificates.courseId })
    .from(certificates)
    .where(inList(certificates.userId, "userIds"))
    .prepare(),
);

// First reply of a mentor to each help request in their cohorts.
const selectFirstReplies = prepared((db) =>
  db
    .select({ requestId: helpReplies.requestId, repliedAt: sql<number>`min(${helpReplies.createdAt})`, askedAt: helpRequests.createdAt })
    .from(helpReplies)
    .innerJoin(helpRequests, eq(helpRequests.id, helpReplies.requestId))
    .where(and(eq(helpReplies.userId, sql.placeholder("mentorId")), inList(helpRequests.cohortId, "cohortIds"), isNotNull(helpReplies.createdAt)))
    .groupBy(helpReplies.requestId)
    .prepare(),
);

export function mentorStats(mentorId: number): MentorStats {
  const mine = mentorshipsOf(mentorId, ["active", "completed", "ended"]).filter(({ mentorship }) => mentorship.respondedAt);
  const cohortIds = [...new Set(mine.map(({ cohort }) => cohort.id))];
  if (!cohortIds.length) return { teams: 0, mentees: 0, completionRate: null, helpAnswered: 0, medianReplyMinutes: null };
  const mentees = selectMenteesOf().all({ cohortIds: jsonList(cohortIds) });
  const certified = mentees.length ? selectCertificatesOf().all({ userIds: jsonList(mentees.map((m) => m.userId)) }) : [];
  const completed = mentees.filter((m) => certified.some((c) => c.userId === m.userId && c.courseId === m.courseId)).length;
  const replies = selectFirstReplies().all({ mentorId, cohortIds: jsonList(cohortIds) });
  const med = median(replies.map((r) => Number(r.repliedAt) - r.askedAt.getTime()));
  return {
    teams: cohortIds.length,
    mentees: new Set(mentees.map((m) => m.userId)).size,
    completionRate: mentees.length ? Math.round((100 * completed) / mentees.length) : null,
    helpAnswered: replies.length,
    medianReplyMinutes: med === null ? null : Math.round(med / 60000),
  };
}

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

/** Forming or active cohorts with no active or proposed mentor. */
export function cohortsWithoutMentor() {
  const { db } = getConnection();
  return db
    .select()
    .from(cohorts)
    .where(
      and(
        inArray(cohorts.state, ["forming", "active"]),
        sql`not exists (select 1 from ${mentorships} where ${mentorships.cohortId} = ${cohorts.id} and ${mentorships.state} in ('proposed', 'active'))`,
      ),
    )
    .orderBy(asc(cohorts.startDate))
    .all();
}
