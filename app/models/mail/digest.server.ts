import { and, eq, gt, inArray } from "drizzle-orm";
import { getConnection } from "#db/client";
import { notifications, users } from "#db/schema";
import { serverT } from "~/i18n/resources.server";
import { getNotificationPreferences } from "../notification-preferences.server";
import { getUserById } from "../users.server";
import { localClock, timeZonesOf } from "./local-time.server";
import { notificationText } from "./notification-mail.server";
import { enqueueMail, isQueued } from "./outbox.server";
import { appLink, renderMail } from "./render.server";
import { unsubscribeHeaders } from "./unsubscribe.server";

export const DIGEST_AT_MINUTES = 18 * 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The daily digest: at 18:00 in each person's time zone (or at the first run
 * after it, until midnight), one e-mail with the day's notifications of the
 * kinds they want as a digest, only when there are any. The dedupe key (person
 * and local date) makes a second run, or a second server, queue nothing.
 */
export function queueDueDigests(now: Date): number {
  const { db } = getConnection();
  const since = new Date(now.getTime() - 2 * DAY_MS);
  const recent = db.selectDistinct({ userId: notifications.userId }).from(notifications).where(gt(notifications.createdAt, since)).all();
  const zones = timeZonesOf(recent.map((r) => r.userId));
  let queued = 0;
  for (const { userId } of recent) {
    const clock = localClock(zones.get(userId)!, now);
    if (clock.minutes < DIGEST_AT_MINUTES) continue;
    const dedupeKey = `digest:${userId}:${clock.date}`;
    if (isQueued(dedupeKey)) continue;
    const prefs = getNotificationPreferences(userId);
    if (prefs.digest === "off") continue;
    const kinds = Object.entries(prefs).filter(([, d]) => d === "digest").map(([k]) => k);
    if (!kinds.length) continue;
    // The day's window ends at today's 18:00 local time.
    const windowEnd = now.getTime() - (clock.minutes - DIGEST_AT_MINUTES) * 60_000 - now.getUTCSeconds() * 1000 - now.getUTCMilliseconds();
    const items = db
      .select({ kind: notifications.kind, data: notifications.data, link: notifications.link, actorId: notifications.actorId })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), gt(notifications.createdAt, new Date(windowEnd - DAY_MS)), inArray(notifications.kind, kinds as never[])))
      .all();
    if (!items.length) continue;
    const user = getUserById(userId);
    if (!user) continue;
    const actorIds = [...new Set(items.map((i) => i.actorId).filter((id): id is number => id !== null))];
    const actors = new Map(
      actorIds.length ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, actorIds)).all().map((u) => [u.id, u.name]) : [],
    );
    const t = serverT(user.locale);
    const unsubscribe = unsubscribeHeaders(user.id, "digest");
    const lines = items.map((i) => `• ${notificationText({ kind: i.kind, data: i.data, actorName: i.actorId ? (actors.get(i.actorId) ?? null) : null }, user.locale)}`);
    const mail = renderMail({
      locale: user.locale,
      subject: t("mail:digest.subject", { count: items.length }),
      paragraphs: [t("mail:layout.greeting", { name: user.name }), t("mail:digest.intro"), lines.join("\n")],
      action: { label: t("mail:digest.action"), url: appLink("/notifications") },
      footer: [t("mail:layout.unsubscribe", { url: unsubscribe.url })],
    });
    const added = enqueueMail({
      to: user.email,
      userId: user.id,
      kind: "digest",
      locale: user.locale,
      ...mail,
      headers: unsubscribe.headers,
      dedupeKey,
    });
    if (added) queued++;
  }
  return queued;
}
