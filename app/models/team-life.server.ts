import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import { checkIns, helpReplies, helpRequests, nudges, users } from "#db/schema";
import { todayIn, weekStart } from "~/domain/calendar";
import { cohortMemberIds, getCohort } from "./cohorts.server";
import { inList, jsonList, prepared } from "./prepared.server";
import { notify } from "./notifications.server";

// Weekly check-ins, help requests and nudges: what keeps a team together.

export function saveCheckIn(cohortId: number, userId: number, week: string, did: string, blockers: string): void {
  getConnection()
    .db.insert(checkIns)
    .values({ cohortId, userId, week, did, blockers })
    .onConflictDoUpdate({ target: [checkIns.cohortId, checkIns.userId, checkIns.week], set: { did, blockers } })
    .run();
}

export type CheckInResult = { ok: true; created: boolean } | { ok: false; reason: "alreadyCheckedIn" };

/**
 * This week's check-in, the week counted in the team's time zone. There is
 * one a week: a learner edits it (`editing` names the check-in the form
 * showed) and both fields are saved as sent. A form that showed none (a page
 * opened before the first save, a second window) never overwrites the one
 * saved meanwhile: it is refused, and the learner sees and edits that one, so
 * no field is lost on either side.
 */
export function checkIn(
  cohortId: number,
  userId: number,
  entry: { did: string; blockers: string; editing: number | null },
  now = new Date(),
): CheckInResult {
  const cohort = getCohort(cohortId);
  if (!cohort) throw new Error("no such cohort");
  const week = weekStart(todayIn(cohort.timeZone, now));
  const { sqlite, db } = getConnection();
  return sqlite.transaction((): CheckInResult => {
    const existing = thisWeeksCheckInAt(cohortId, userId, week);
    if (existing && existing.id !== entry.editing) return { ok: false, reason: "alreadyCheckedIn" };
    if (existing) {
      db.update(checkIns).set({ did: entry.did, blockers: entry.blockers }).where(eq(checkIns.id, existing.id)).run();
      return { ok: true, created: false };
    }
    db.insert(checkIns).values({ cohortId, userId, week, did: entry.did, blockers: entry.blockers }).run();
    return { ok: true, created: true };
  }).immediate();
}

function thisWeeksCheckInAt(cohortId: number, userId: number, week: string) {
  return (
    getConnection()
      .db.select({ id: checkIns.id, week: checkIns.week, did: checkIns.did, blockers: checkIns.blockers })
      .from(checkIns)
      .where(and(eq(checkIns.cohortId, cohortId), eq(checkIns.userId, userId), eq(checkIns.week, week)))
      .get() ?? null
  );
}

/** The learner's check-in for the current week of the team, if there is one yet. */
export function thisWeeksCheckIn(cohortId: number, userId: number, now = new Date()) {
  const cohort = getCohort(cohortId);
  if (!cohort) return null;
  return thisWeeksCheckInAt(cohortId, userId, weekStart(todayIn(cohort.timeZone, now)));
}

const selectCheckIns = prepared((db) =>
  db
    .select({
      id: checkIns.id,
      userId: checkIns.userId,
      name: users.name,
      week: checkIns.week,
      did: checkIns.did,
      blockers: checkIns.blockers,
      createdAt: checkIns.createdAt,
    })
    .from(checkIns)
    .innerJoin(users, eq(users.id, checkIns.userId))
    .where(eq(checkIns.cohortId, sql.placeholder("cohortId")))
    .orderBy(desc(checkIns.week), asc(users.name))
    .limit(sql.placeholder("limit"))
    .prepare(),
);

/** The latest check-ins (about three weeks of a team of five). */
export function checkInsOf(cohortId: number, limit = 15) {
  return selectCheckIns().all({ cohortId, limit });
}

export function askForHelp(cohortId: number, userId: number, body: string, lessonId: string | null) {
  const { sqlite, db } = getConnection();
  return sqlite.transaction(() => {
    const request = db.insert(helpRequests).values({ cohortId, userId, body, lessonId }).returning().get();
    notify(
      cohortMemberIds(cohortId)
        .filter((id) => id !== userId)
        .map((id) => ({
          userId: id,
          kind: "help_request" as const,
          actorId: userId,
          cohortId,
          link: `/cohorts/${cohortId}#help-${request.id}`,
        })),
    );
    return request;
  })();
}

export function getHelpRequest(id: number) {
  return getConnection().db.select().from(helpRequests).where(eq(helpRequests.id, id)).get() ?? null;
}

/** A help request of this team; one of another team is not found here. */
export function helpRequestOfCohort(cohortId: number, requestId: number) {
  const request = getHelpRequest(requestId);
  return request?.cohortId === cohortId ? request : null;
}

export function replyToHelp(requestId: number, userId: number, body: string): void {
  const { sqlite, db } = getConnection();
  sqlite.transaction(() => {
    const request = getHelpRequest(requestId);
    if (!request) throw new Error("no such help request");
    db.insert(helpReplies).values({ requestId, userId, body }).run();
    if (request.userId !== userId) {
      notify({
        userId: request.userId,
        kind: "help_reply",
        actorId: userId,
        cohortId: request.cohortId,
        link: `/cohorts/${request.cohortId}#help-${requestId}`,
      });
    }
  })();
}

export function resolveHelp(requestId: number): void {
  getConnection().db.update(helpRequests).set({ state: "resolved" }).where(eq(helpRequests.id, requestId)).run();
}

const selectHelpRequests = prepared((db) =>
  db
    .select({
      id: helpRequests.id,
      userId: helpRequests.userId,
      name: users.name,
      body: helpRequests.body,
      lessonId: helpRequests.lessonId,
      state: helpRequests.state,
      createdAt: helpRequests.createdAt,
    })
    .from(helpRequests)
    .innerJoin(users, eq(users.id, helpRequests.userId))
    .where(and(eq(helpRequests.cohortId, sql.placeholder("cohortId")), eq(helpRequests.state, sql.placeholder("state"))))
    .orderBy(desc(helpRequests.createdAt))
    .limit(sql.placeholder("limit"))
    .prepare(),
);

const selectHelpReplies = prepared((db) =>
  db
    .select({
      id: helpReplies.id,
      requestId: helpReplies.requestId,
      name: users.name,
      body: helpReplies.body,
      createdAt: helpReplies.createdAt,
    })
    .from(helpReplies)
    .innerJoin(users, eq(users.id, helpReplies.userId))
    .where(inList(helpReplies.requestId, "requestIds"))
    .orderBy(asc(helpReplies.createdAt))
    .prepare(),
);

export function helpRequestsOf(cohortId: number) {
  // Every open request, and the ten most recent solved ones.
  const requests = [
    ...selectHelpRequests().all({ cohortId, state: "open", limit: 500 }),
    ...selectHelpRequests().all({ cohortId, state: "resolved", limit: 10 }),
  ];
  const replies = requests.length ? selectHelpReplies().all({ requestIds: jsonList(requests.map((r) => r.id)) }) : [];
  return requests.map((r) => ({ ...r, replies: replies.filter((x) => x.requestId === r.id) }));
}

export const NUDGE_INTERVAL_MS = 24 * 60 * 60 * 1000;

export type NudgeResult = { ok: true } | { ok: false; reason: "tooSoon" | "self" | "notTeammate" };

/** A friendly nudge, at most once a day from one teammate to another. */
export function nudge(cohortId: number, fromUserId: number, toUserId: number, now = new Date()): NudgeResult {
  if (fromUserId === toUserId) return { ok: false, reason: "self" };
  const members = cohortMemberIds(cohortId);
  if (!members.includes(fromUserId) || !members.includes(toUserId)) return { ok: false, reason: "notTeammate" };
  const { sqlite, db } = getConnection();
  return sqlite.transaction((): NudgeResult => {
    const recent = db
      .select({ id: nudges.id })
      .from(nudges)
      .where(
        and(
          eq(nudges.fromUserId, fromUserId),
          eq(nudges.toUserId, toUserId),
          gt(nudges.createdAt, new Date(now.getTime() - NUDGE_INTERVAL_MS)),
        ),
      )
      .get();
    if (recent) return { ok: false, reason: "tooSoon" };
    db.insert(nudges).values({ cohortId, fromUserId, toUserId, createdAt: now }).run();
    notify({ userId: toUserId, kind: "nudge", actorId: fromUserId, cohortId, link: `/cohorts/${cohortId}` });
    return { ok: true };
  }).immediate();
}

const selectRecentNudges = prepared((db) =>
  db
    .select({ to: nudges.toUserId })
    .from(nudges)
    // Placeholders skip the column's Date mapping: "since" is in milliseconds, as stored.
    .where(and(eq(nudges.fromUserId, sql.placeholder("fromUserId")), gt(nudges.createdAt, sql.placeholder("since"))))
    .prepare(),
);

/** Which teammates this user may not nudge again yet. */
export function recentlyNudged(fromUserId: number, now = new Date()): Set<number> {
  return new Set(selectRecentNudges().all({ fromUserId, since: now.getTime() - NUDGE_INTERVAL_MS }).map((r) => r.to));
}
