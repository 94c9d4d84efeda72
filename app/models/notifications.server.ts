import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import { serverT } from "~/i18n/resources.server";
import { notifications, users, type NotificationKind } from "#db/schema";
import { enqueueMail } from "./mail/outbox.server";
import { notificationText } from "./mail/notification-mail.server";
import { appLink, renderMail } from "./mail/render.server";
import { unsubscribeHeaders } from "./mail/unsubscribe.server";
import { getNotificationPreference } from "./notification-preferences.server";
import { prepared } from "./prepared.server";
import { getUserById } from "./users.server";

export interface NewNotification {
  userId: number;
  kind: NotificationKind;
  actorId?: number | null;
  cohortId?: number | null;
  link: string;
  data?: Record<string, string>;
}

/**
 * The one place notifications are made. Each follows its person's preference
 * for the kind: off (not made), in the app (and the evening digest picks it
 * up when so chosen), or also an e-mail at once, queued in the same transaction.
 */
export function notify(items: NewNotification | NewNotification[]): void {
  const all = Array.isArray(items) ? items : [items];
  const list = all.map((n) => ({ n, delivery: getNotificationPreference(n.userId, n.kind) })).filter((x) => x.delivery !== "off");
  if (!list.length) return;
  const { sqlite, db } = getConnection();
  sqlite.transaction(() => {
    const rows = db
      .insert(notifications)
      .values(list.map(({ n }) => ({ ...n, actorId: n.actorId ?? null, cohortId: n.cohortId ?? null, data: n.data ?? {} })))
      .returning({ id: notifications.id })
      .all();
    list.forEach(({ n, delivery }, i) => {
      if (delivery === "email") queueNotificationMail(rows[i]!.id, n);
    });
  })();
}

function queueNotificationMail(id: number, n: NewNotification): void {
  const user = getUserById(n.userId);
  if (!user) return;
  const actorName = n.actorId ? (getUserById(n.actorId)?.name ?? null) : null;
  const t = serverT(user.locale);
  const text = notificationText({ kind: n.kind, data: n.data ?? {}, actorName }, user.locale);
  const unsubscribe = unsubscribeHeaders(user.id, n.kind);
  const mail = renderMail({
    locale: user.locale,
    subject: t("mail:notification.subject", { text: text.length > 90 ? `${text.slice(0, 89)}…` : text }),
    paragraphs: [t("mail:layout.greeting", { name: user.name }), text],
    action: { label: t("mail:notification.action"), url: appLink(n.link) },
    footer: [t("mail:layout.unsubscribe", { url: unsubscribe.url })],
  });
  enqueueMail({
    to: user.email,
    userId: user.id,
    kind: `notification:${n.kind}`,
    locale: user.locale,
    ...mail,
    headers: unsubscribe.headers,
    dedupeKey: `notification:${id}`,
  });
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
