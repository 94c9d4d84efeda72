import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import { certificates, cohorts, mentorProfiles, mentorships, users } from "#db/schema";
import { cohortMembersWithNames, getCohort } from "../cohorts.server";
import { notify } from "../notifications.server";
import { prepared, inList, jsonList } from "../prepared.server";

// Mentorships from a trainer's proposal to their end: who could mentor a
// cohort, the proposal, the senior's answer, and the end of the mentorship.

export type Mentorship = typeof mentorships.$inferSelect;

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

export function openCount(mentorId: number): number {
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

/** A mentorship of this cohort; one of another cohort is not found here. */
export function mentorshipOfCohort(cohortId: number, id: number): Mentorship | null {
  const mentorship = getMentorship(id);
  return mentorship?.cohortId === cohortId ? mentorship : null;
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
