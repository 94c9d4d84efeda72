import { and, eq, isNull } from "drizzle-orm";
import { getConnection } from "#db/client";
import { ROLES, userRoles, users, type Role } from "#db/schema";
import { sendVerificationEmail } from "../accounts/email-verification.server";
import { sendPasswordResetLink } from "../accounts/password-reset.server";
import { invalidateUserSessions } from "../sessions.server";
import { getUserById } from "../users.server";
import { recordAudit } from "./audit-log.server";
import { userForAdmin } from "./user-directory.server";

export type AdminActionResult = { ok: true } | { ok: false; reason: "notFound" | "self" | "deleted" | "unchanged" | "alreadyVerified" };

/** Rules shared by every change to someone else's account. */
function check(adminId: number, userId: number): AdminActionResult | null {
  const target = userForAdmin(userId);
  if (!target) return { ok: false, reason: "notFound" };
  if (target.deletedAt) return { ok: false, reason: "deleted" };
  // An admin who removed their own admin role or disabled themselves would lock
  // the door behind them; another admin does it.
  if (userId === adminId) return { ok: false, reason: "self" };
  return null;
}

export function setRoles(adminId: number, userId: number, roles: Role[], now = new Date()): AdminActionResult {
  const refused = check(adminId, userId);
  if (refused) return refused;
  const before = userForAdmin(userId)!.roles;
  const after = ROLES.filter((r) => roles.includes(r));
  if (before.length === after.length && before.every((r) => after.includes(r))) return { ok: false, reason: "unchanged" };
  const { sqlite, db } = getConnection();
  sqlite.transaction(() => {
    db.delete(userRoles).where(eq(userRoles.userId, userId)).run();
    if (after.length) db.insert(userRoles).values(after.map((role) => ({ userId, role }))).run();
    recordAudit({ actorId: adminId, action: "roles_changed", targetUserId: userId, detail: { before: [...before].sort(), after } }, now);
  })();
  return { ok: true };
}

/** Sign-in is refused and every session ends at once. */
export function disableAccount(adminId: number, userId: number, now = new Date()): AdminActionResult {
  const refused = check(adminId, userId);
  if (refused) return refused;
  const { sqlite, db } = getConnection();
  return sqlite.transaction((): AdminActionResult => {
    const changed = db
      .update(users)
      .set({ disabledAt: now })
      .where(and(eq(users.id, userId), isNull(users.disabledAt)))
      .run().changes;
    if (!changed) return { ok: false, reason: "unchanged" };
    invalidateUserSessions(userId);
    recordAudit({ actorId: adminId, action: "disabled", targetUserId: userId }, now);
    return { ok: true };
  })();
}

export function enableAccount(adminId: number, userId: number, now = new Date()): AdminActionResult {
  const refused = check(adminId, userId);
  if (refused) return refused;
  const { sqlite, db } = getConnection();
  return sqlite.transaction((): AdminActionResult => {
    const user = db.select({ disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId)).get();
    if (!user?.disabledAt) return { ok: false, reason: "unchanged" };
    db.update(users).set({ disabledAt: null }).where(eq(users.id, userId)).run();
    recordAudit({ actorId: adminId, action: "enabled", targetUserId: userId }, now);
    return { ok: true };
  })();
}

/** A reset link by e-mail, e.g. for someone who cannot reach the "forgot password" page. */
export function sendResetLinkFor(adminId: number, userId: number, now = new Date()): AdminActionResult {
  const refused = check(adminId, userId);
  if (refused) return refused;
  getConnection().sqlite.transaction(() => {
    sendPasswordResetLink(userId);
    recordAudit({ actorId: adminId, action: "reset_link_sent", targetUserId: userId }, now);
  })();
  return { ok: true };
}

export function resendVerificationFor(adminId: number, userId: number, now = new Date()): AdminActionResult {
  const refused = check(adminId, userId);
  if (refused) return refused;
  if (getUserById(userId)?.emailVerified) return { ok: false, reason: "alreadyVerified" };
  getConnection().sqlite.transaction(() => {
    sendVerificationEmail(userId);
    recordAudit({ actorId: adminId, action: "verification_sent", targetUserId: userId }, now);
  })();
  return { ok: true };
}
