import { and, asc, eq, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import { commissions, organisationMembers, organisations, userRoles, users } from "#db/schema";
import { generateInviteCode } from "../cohorts.server";

// Partner organisations and their managers.

export type Organisation = typeof organisations.$inferSelect;

export function createOrganisation(name: string, createdBy: number): Organisation {
  return getConnection()
    .db.insert(organisations)
    .values({ name: name.trim(), managerInviteCode: generateInviteCode(), createdBy })
    .returning()
    .get();
}

export function listOrganisations() {
  const { db } = getConnection();
  return db
    .select({
      org: organisations,
      managers: sql<number>`(select count(*) from ${organisationMembers} where ${organisationMembers.organisationId} = ${organisations.id})`,
      commissions: sql<number>`(select count(*) from ${commissions} where ${commissions.organisationId} = ${organisations.id})`,
    })
    .from(organisations)
    .orderBy(asc(organisations.name))
    .all()
    .map((r) => ({ ...r.org, managerCount: r.managers, commissionCount: r.commissions }));
}

export function getOrganisation(id: number): Organisation | null {
  return getConnection().db.select().from(organisations).where(eq(organisations.id, id)).get() ?? null;
}

export function organisationByInvite(code: string): Organisation | null {
  return getConnection().db.select().from(organisations).where(eq(organisations.managerInviteCode, code)).get() ?? null;
}

export function organisationsOfManager(userId: number): Organisation[] {
  return getConnection()
    .db.select({ org: organisations })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .all()
    .map((r) => r.org);
}

export function isManager(organisationId: number, userId: number): boolean {
  return (
    getConnection()
      .db.select({ one: sql`1` })
      .from(organisationMembers)
      .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)))
      .get() !== undefined
  );
}

export function managersOf(organisationId: number) {
  return getConnection()
    .db.select({ id: users.id, name: users.name, email: users.email })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(eq(organisationMembers.organisationId, organisationId))
    .all();
}

/** A person becomes a partner manager of the organisation (and gets the partner role). */
export function joinOrganisation(organisationId: number, userId: number): void {
  const { sqlite, db } = getConnection();
  sqlite.transaction(() => {
    db.insert(organisationMembers).values({ organisationId, userId }).onConflictDoNothing().run();
    db.insert(userRoles).values({ userId, role: "partner" }).onConflictDoNothing().run();
  })();
}
