import { eq, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import { commissions, sponsorships } from "#db/schema";
import { todayIn } from "~/domain/calendar";
import type { Locale } from "~/i18n/config";
import { generateInviteCode } from "../cohorts.server";

// What a firm pays for: seats in a course, open between two dates.

export type Commission = typeof commissions.$inferSelect;

export interface NewCommission {
  organisationId: number;
  courseId: string;
  seats: number;
  startsOn: string;
  endsOn: string;
  languages: Locale[];
  createdBy: number;
}

export function createCommission(input: NewCommission): Commission {
  return getConnection()
    .db.insert(commissions)
    .values({ ...input, inviteCode: generateInviteCode() })
    .returning()
    .get();
}

export function commissionByInvite(code: string): Commission | null {
  return getConnection().db.select().from(commissions).where(eq(commissions.inviteCode, code)).get() ?? null;
}

export function getCommission(id: number): Commission | null {
  return getConnection().db.select().from(commissions).where(eq(commissions.id, id)).get() ?? null;
}

/** A commission of this organisation; one of another firm is not found here. */
export function commissionOfOrganisation(organisationId: number, id: number): Commission | null {
  const commission = getCommission(id);
  return commission?.organisationId === organisationId ? commission : null;
}

export function revokeCommission(id: number, now = new Date()): void {
  getConnection().db.update(commissions).set({ revokedAt: now }).where(eq(commissions.id, id)).run();
}

export function seatsUsed(commissionId: number): number {
  return (
    getConnection()
      .db.select({ n: sql<number>`count(*)` })
      .from(sponsorships)
      .where(eq(sponsorships.commissionId, commissionId))
      .get()?.n ?? 0
  );
}

export type CommissionState = "open" | "full" | "expired" | "revoked" | "notStarted";

export function commissionState(commission: Commission, now = new Date()): CommissionState {
  if (commission.revokedAt) return "revoked";
  const today = todayIn("Asia/Tokyo", now);
  if (commission.endsOn < today) return "expired";
  if (seatsUsed(commission.id) >= commission.seats) return "full";
  return "open";
}
