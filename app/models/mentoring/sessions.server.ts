import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import { cohorts, mentorSessions, sessionAttendees, users } from "#db/schema";
import { cohortMembersWithNames } from "../cohorts.server";
import { prepared } from "../prepared.server";

// A mentor's session log with their team, and the mentees' feedback on it.

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
