import { and, eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { DELIVERIES, EMAIL_ONLY_KINDS, NOTIFICATION_KINDS, notificationPreferences, type Delivery, type EmailOnlyKind, type NotificationKind } from "#db/schema";

/** Everything a person can choose how to hear about: the in-app kinds and the e-mail-only ones. */
export const PREFERENCE_KINDS = [...NOTIFICATION_KINDS, ...EMAIL_ONLY_KINDS] as const;
export type PreferenceKind = NotificationKind | EmailOnlyKind;

export function isPreferenceKind(value: unknown): value is PreferenceKind {
  return typeof value === "string" && (PREFERENCE_KINDS as readonly string[]).includes(value);
}

// What needs the person soon comes at once by e-mail; the rest waits for the
// evening digest. E-mail-only kinds are either sent ("email") or "off".
export const DEFAULT_DELIVERY: Record<PreferenceKind, Delivery> = {
  review_accepted: "digest",
  review_changes: "email",
  submission_to_review: "digest",
  nudge: "digest",
  help_request: "digest",
  help_reply: "email",
  still_waiting: "email",
  placed: "email",
  certificate: "email",
  mentor_proposed: "email",
  mentor_accepted: "digest",
  mentor_declined: "digest",
  work_invited: "email",
  work_applied: "email",
  work_picked: "email",
  work_not_picked: "digest",
  work_message: "digest",
  work_delivered: "email",
  work_changes: "email",
  work_accepted: "email",
  work_hours: "digest",
  work_paid: "email",
  work_rated: "digest",
  work_mentor: "email",
  digest: "email",
  weekly_summary: "email",
  waiting_learners: "email",
  sponsored_finished: "email",
};

/** Each kind's delivery for this person, the default where they chose nothing. */
export function getNotificationPreferences(userId: number): Record<PreferenceKind, Delivery> {
  const rows = getConnection()
    .db.select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId))
    .all();
  const prefs = { ...DEFAULT_DELIVERY };
  for (const row of rows) if (isPreferenceKind(row.kind)) prefs[row.kind] = row.delivery;
  return prefs;
}

export function getNotificationPreference(userId: number, kind: PreferenceKind): Delivery {
  const row = getConnection()
    .db.select({ delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.kind, kind)))
    .get();
  return row?.delivery ?? DEFAULT_DELIVERY[kind];
}

export function setNotificationPreference(userId: number, kind: PreferenceKind, delivery: Delivery): void {
  if (!isPreferenceKind(kind) || !(DELIVERIES as readonly string[]).includes(delivery)) throw new Error(`bad preference ${kind}=${delivery}`);
  getConnection()
    .db.insert(notificationPreferences)
    .values({ userId, kind, delivery })
    .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { delivery } })
    .run();
}

/** What an unsubscribe link sets: in-app only for kinds that exist in the app, off for e-mail-only ones. */
export function unsubscribedDelivery(kind: PreferenceKind): Delivery {
  return (EMAIL_ONLY_KINDS as readonly string[]).includes(kind) ? "off" : "app";
}
