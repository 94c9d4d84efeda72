import { verify } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { users } from "#db/schema";
import { getUserById, hashPassword } from "../users.server";
import { queuePasswordChangedNotice } from "./password-changed-notice.server";

/**
 * Whether the password is this account's. A deleted account's hash is
 * destroyed, so nothing matches it (argon2 refuses the placeholder).
 */
export async function passwordMatches(userId: number, password: string): Promise<boolean> {
  const row = getConnection().db.select({ hash: users.passwordHash, deletedAt: users.deletedAt }).from(users).where(eq(users.id, userId)).get();
  if (!row || row.deletedAt) return false;
  try {
    return await verify(row.hash, password);
  } catch {
    return false;
  }
}

/** Stores a new password and, in the same transaction, tells the account's address. */
export async function storePassword(userId: number, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  const { sqlite, db } = getConnection();
  sqlite.transaction(() => {
    db.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
    const user = getUserById(userId);
    if (user) queuePasswordChangedNotice(user);
  })();
}
