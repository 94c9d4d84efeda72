import { asc, eq, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import { userRoles, users, type Role } from "#db/schema";

/** What an admin sees of an account: never the password hash. */
const PUBLIC_COLUMNS = {
  id: users.id,
  name: users.name,
  email: users.email,
  locale: users.locale,
  createdAt: users.createdAt,
  emailVerifiedAt: users.emailVerifiedAt,
  disabledAt: users.disabledAt,
  deletedAt: users.deletedAt,
};

function withRoles<T extends { id: number }>(rows: T[]): (T & { roles: Role[] })[] {
  if (!rows.length) return [];
  const { db } = getConnection();
  const roles = db
    .select()
    .from(userRoles)
    .where(sql`${userRoles.userId} in (select value from json_each(${JSON.stringify(rows.map((r) => r.id))}))`)
    .all();
  return rows.map((r) => ({ ...r, roles: roles.filter((x) => x.userId === r.id).map((x) => x.role) }));
}

/** Accounts whose name or e-mail contains the words typed; an empty search lists the newest. */
export function searchUsers(text: string, limit = 50) {
  const { db } = getConnection();
  const needle = text.trim().toLowerCase();
  // LIKE's own wildcards in the search are taken literally.
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const base = db.select(PUBLIC_COLUMNS).from(users).$dynamic();
  const rows = (
    needle
      ? base.where(sql`lower(${users.name}) like ${pattern} escape '\\' or ${users.email} like ${pattern} escape '\\'`)
      : base
  )
    .orderBy(needle ? asc(users.name) : sql`${users.id} desc`)
    .limit(limit)
    .all();
  return withRoles(rows);
}

export function userForAdmin(userId: number) {
  const row = getConnection().db.select(PUBLIC_COLUMNS).from(users).where(eq(users.id, userId)).get();
  return row ? withRoles([row])[0]! : null;
}
