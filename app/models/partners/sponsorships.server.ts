import { and, eq, isNull } from "drizzle-orm";
import { getConnection } from "#db/client";
import { commissions, enrolmentRequests, organisations, sponsorships, type MeetingSlot } from "#db/schema";
import type { Locale } from "~/i18n/config";
import { cohortOfLearner } from "../cohorts.server";
import { requestEnrolment } from "../enrolment.server";
import { commissionState, getCommission, type CommissionState } from "./commissions.server";

// A learner's consent to a firm's sponsorship, and its withdrawal.

export type SponsoredJoinResult = { ok: true; alreadyJoined: boolean } | { ok: false; reason: Exclude<CommissionState, "open" | "notStarted"> };

/**
 * A member of the firm's staff consents and takes a seat: one sponsorship,
 * and a place in the cohort-forming pool tagged with the commission. The
 * count and the insert share one immediate transaction, so seats never
 * exceed what was paid for.
 */
export function consentAndJoin(
  commissionId: number,
  userId: number,
  answers: { languages: Locale[]; slots: MeetingSlot[]; timeZone: string },
  now = new Date(),
): SponsoredJoinResult {
  const { sqlite, db } = getConnection();
  return sqlite.transaction((): SponsoredJoinResult => {
    const commission = getCommission(commissionId);
    if (!commission) throw new Error("no such commission");
    const existing = db
      .select()
      .from(sponsorships)
      .where(and(eq(sponsorships.commissionId, commissionId), eq(sponsorships.userId, userId)))
      .get();
    if (existing) return { ok: true, alreadyJoined: true };
    const state = commissionState(commission, now);
    if (state !== "open" && state !== "notStarted") return { ok: false, reason: state };
    db.insert(sponsorships).values({ commissionId, userId, consentedAt: now }).run();
    if (!cohortOfLearner(userId, commission.courseId)) {
      const request = requestEnrolment({ userId, courseId: commission.courseId, ...answers });
      db.update(enrolmentRequests).set({ commissionId }).where(eq(enrolmentRequests.id, request.id)).run();
    }
    return { ok: true, alreadyJoined: false };
  }).immediate();
}

export function sponsorshipsOfUser(userId: number) {
  return getConnection()
    .db.select({ sponsorship: sponsorships, commission: commissions, organisation: organisations })
    .from(sponsorships)
    .innerJoin(commissions, eq(commissions.id, sponsorships.commissionId))
    .innerJoin(organisations, eq(organisations.id, commissions.organisationId))
    .where(eq(sponsorships.userId, userId))
    .all();
}

export function withdrawConsent(sponsorshipId: number, userId: number, now = new Date()): boolean {
  const result = getConnection()
    .db.update(sponsorships)
    .set({ withdrawnAt: now })
    .where(and(eq(sponsorships.id, sponsorshipId), eq(sponsorships.userId, userId), isNull(sponsorships.withdrawnAt)))
    .run();
  return result.changes > 0;
}

/**
 * Undoes a withdrawal: the firm sees the learner's progress again. Only her
 * own consent; the seat was never given up, so it takes none. Consenting
 * while consent stands changes nothing.
 */
export function renewConsent(sponsorshipId: number, userId: number): boolean {
  const { db } = getConnection();
  const own = db
    .select({ id: sponsorships.id })
    .from(sponsorships)
    .where(and(eq(sponsorships.id, sponsorshipId), eq(sponsorships.userId, userId)))
    .get();
  if (!own) return false;
  db.update(sponsorships).set({ withdrawnAt: null }).where(eq(sponsorships.id, own.id)).run();
  return true;
}
