import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import { notifications, users, type NotificationKind } from "#db/schema";
import { prepared } from "./prepared.server";

export interface NewNotification {
  userId: number;
  kind: NotificationKind;
  actorId?: number | null;
  cohortId?: number | null;
  link: string;
  data?: Record<string, string>;
}

export function notify(items: NewNotification | NewNotification[]): void {
  const list = Array.isArray(items) ? items : [items];
  if (!list.length) return;
  getConnection()
    .db.insert(notifications)
    .values(list.map((n) => ({ ...n, actorId: n.actorId ?? null, cohortId: n.cohortId ?? null, data: n.data ?? {} })))
    .run();
}

export function listNotifications(userId: number, limit = 50) {
  const { db } = getConnection();
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      link: notifications.link,
      data: notifications.data,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      actorName: users.name,
    })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .all();
}

// In the header of every signed-in page.
const countUnread = prepared((db) =>
  db
    .select({ n: sql<number>`count(*)` })
    .from(notifications)
    .where(and(eq(notifications.userId, sql.placeholder("userId")), isNull(notifications.readAt)))
    .prepare(),
);

export function unreadCount(userId: number): number {
  return countUnread().get({ userId })?.n ?? 0;
}

export function markAllRead(userId: number, now = new Date()): void {
  getConnection()
    .db.update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .run();
}
