import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getConnection } from "#db/client";
import { auditLog, users, type AuditAction } from "#db/schema";

export interface AuditEntry {
  actorId: number;
  action: AuditAction;
  targetUserId: number;
  detail?: Record<string, string | string[]>;
}

/** Writes one admin action to the log; call it inside the action's own transaction. */
export function recordAudit(entry: AuditEntry, now = new Date()): void {
  getConnection()
    .db.insert(auditLog)
    .values({ ...entry, detail: entry.detail ?? {}, createdAt: now })
    .run();
}

const actor = alias(users, "actor");
const target = alias(users, "target");

/** The newest entries first, with the names as they stand now (a deleted account has none). */
export function listAudit(options: { limit?: number; targetUserId?: number } = {}) {
  const query = getConnection()
    .db.select({
      id: auditLog.id,
      action: auditLog.action,
      detail: auditLog.detail,
      createdAt: auditLog.createdAt,
      actorId: auditLog.actorId,
      actorName: actor.name,
      targetUserId: auditLog.targetUserId,
      targetName: target.name,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(target, eq(target.id, auditLog.targetUserId))
    .$dynamic();
  if (options.targetUserId !== undefined) query.where(eq(auditLog.targetUserId, options.targetUserId));
  return query
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(options.limit ?? 200)
    .all();
}
