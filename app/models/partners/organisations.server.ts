import { and, asc, eq, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import { commissions, organisationMembers, organisations, userRoles, users } from "#db/schema";
import { generateInviteCode } from "../cohorts.server";
import { invalidateUserSessions } from "../sessions.server";

// Partner organisations and their managers.

export type Organisation = typeof organisations.$inferSelect;

export function createOrganisation(name: string, createdBy: number, now = new Date()): Organisation {
  return getConnection()
    .db.insert(organisations)
    .values({ name: name.trim(), managerInviteCode: generateInviteCode(), managerInviteCreatedAt: now, createdBy })
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

/** A new manager invite link: the old code stops working at once. */
export function rotateManagerInvite(organisationId: number, now = new Date()): Organisation | null {
  return (
    getConnection()
      .db.update(organisations)
      .set({ managerInviteCode: generateInviteCode(), managerInviteCreatedAt: now })
      .where(eq(organisations.id, organisationId))
      .returning()
      .get() ?? null
  );
}

export type RemoveManagerResult = { removed: false } | { removed: true; sessionsEnded: boolean };

/**
 * A person stops being a manager of the organisation. Access ends with the
 * membership row (every request asks it). Someone who manages no other firm
 * loses the partner role; someone left with no role at all has no use for a
 * session, so theirs end too and they are signed out everywhere.
 */
export function removeManager(organisationId: number, userId: number): RemoveManagerResult {
  const { sqlite, db } = getConnection();
  return sqlite.transaction((): RemoveManagerResult => {
    const deleted = db
      .delete(organisationMembers)
      .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)))
      .run();
    if (deleted.changes === 0) return { removed: false };
    if (organisationsOfManager(userId).length > 0) return { removed: true, sessionsEnded: false };
    db.delete(userRoles)
      .where(and(eq(userRoles.userId, userId), eq(userRoles.role, "partner")))
      .run();
    const otherRoles = db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId)).all();
    if (otherRoles.length > 0) return { removed: true, sessionsEnded: false };
    invalidateUserSessions(userId);
    return { removed: true, sessionsEnded: true };
  }).immediate();
}
