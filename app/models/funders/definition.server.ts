import { and, asc, eq, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import { commissions, organisations } from "#db/schema";
import { commissionFunding, funders } from "#db/schema-work";
import type { FunderKind } from "#db/values";

// Marking an organisation as a funder, the outcome it pays for, and the seats
// it funds in commissions. Staff do this (see app/policies/funder.server.ts).

export type Funder = typeof funders.$inferSelect;

export interface FunderDefinition {
  kind: FunderKind;
  outcomeMinHours: number;
  outcomeWithinMonths: number;
}

export function getFunder(organisationId: number): Funder | null {
  return getConnection().db.select().from(funders).where(eq(funders.organisationId, organisationId)).get() ?? null;
}

/** Makes the organisation a funder, or changes what it pays for. */
export function saveFunder(organisationId: number, definition: FunderDefinition): void {
  getConnection()
    .db.insert(funders)
    .values({ organisationId, ...definition })
    .onConflictDoUpdate({ target: funders.organisationId, set: definition })
    .run();
}

/** Seats the funder pays for in a commission; 0 removes the funding. */
export function setFundedSeats(funderId: number, commissionId: number, seats: number): void {
  const { db } = getConnection();
  if (seats <= 0) {
    db.delete(commissionFunding)
      .where(and(eq(commissionFunding.funderId, funderId), eq(commissionFunding.commissionId, commissionId)))
      .run();
    return;
  }
  db.insert(commissionFunding).values({ funderId, commissionId, seats }).onConflictDoUpdate({ target: [commissionFunding.commissionId, commissionFunding.funderId], set: { seats } }).run();
}

/** Every commission (any firm's) with the seats this funder pays for in it, 0 where none. */
export function commissionsForFunding(funderId: number) {
  return getConnection()
    .db.select({
      id: commissions.id,
      courseId: commissions.courseId,
      seats: commissions.seats,
      startsOn: commissions.startsOn,
      organisation: organisations.name,
      funded: sql<number>`coalesce((select ${commissionFunding.seats} from ${commissionFunding} where ${commissionFunding.commissionId} = ${commissions.id} and ${commissionFunding.funderId} = ${funderId}), 0)`,
    })
    .from(commissions)
    .innerJoin(organisations, eq(organisations.id, commissions.organisationId))
    .orderBy(asc(organisations.name), asc(commissions.startsOn))
    .all();
}

export function commissionExists(id: number): boolean {
  return getConnection().db.select({ id: commissions.id }).from(commissions).where(eq(commissions.id, id)).get() !== undefined;
}

/** Where a member of this organisation starts: a funder's outcome report, else the firm's partner report. */
export function organisationHome(organisationId: number): string {
  return getFunder(organisationId) ? `/funders/${organisationId}` : `/partner/organisations/${organisationId}`;
}
