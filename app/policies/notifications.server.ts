import type { User } from "~/models/users.server";

/** A notification is for its addressee alone, staff included. */
export function canReadNotification(viewer: User | null, notification: { userId: number }): boolean {
  return !!viewer && viewer.id === notification.userId;
}
