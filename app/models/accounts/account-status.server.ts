import { eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { users } from "#db/schema";

export type AccountStatus = "active" | "disabled" | "deleted";

export function accountStatus(userId: number): AccountStatus | null {
  const row = getConnection().db.select({ disabledAt: users.disabledAt, deletedAt: users.deletedAt }).from(users).where(eq(users.id, userId)).get();
  if (!row) return null;
  return row.deletedAt ? "deleted" : row.disabledAt ? "disabled" : "active";
}

/** Whether a person whose password was right may start a session. */
export function maySignIn(userId: number): boolean {
  return accountStatus(userId) === "active";
}
