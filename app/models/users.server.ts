import { hash, verify } from "@node-rs/argon2";
import { eq, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import { ROLES, userRoles, users, type Role } from "#db/schema";
import type { Locale } from "~/i18n/config";
import { prepared } from "./prepared.server";

export type { Role };
export { ROLES };

export interface User {
  id: number;
  name: string;
  email: string;
  locale: Locale;
  roles: Role[];
  /** Whether the address was confirmed through a link sent to it. */
  emailVerified: boolean;
}

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): about 30 ms here.
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class EmailTakenError extends Error {
  constructor() {
    super("email already registered");
  }
}

export async function createUser(input: {
  name: string;
  email: string;
  password: string;
  locale: Locale;
  roles?: Role[];
  /** Accounts made by an operator or the demo are taken as verified; sign-ups are not. */
  emailVerified?: boolean;
  /** Runs inside the transaction that creates the user, e.g. to queue the verification e-mail. */
  inTransaction?: (userId: number) => void;
}): Promise<User> {
  const passwordHash = await hash(input.password, ARGON2_OPTIONS);
  const { sqlite, db } = getConnection();
  const roles = input.roles?.length ? [...new Set(input.roles)] : (["learner"] as Role[]);
  try {
    const id = sqlite.transaction(() => {
      const row = db
        .insert(users)
        .values({
          name: input.name.trim(),
          email: normaliseEmail(input.email),
          passwordHash,
          locale: input.locale,
          emailVerifiedAt: input.emailVerified ? new Date() : null,
        })
        .returning({ id: users.id })
        .get();
      db.insert(userRoles)
        .values(roles.map((role) => ({ userId: row.id, role })))
        .run();
      input.inTransaction?.(row.id);
      return row.id;
    })();
    return { id, name: input.name.trim(), email: normaliseEmail(input.email), locale: input.locale, roles, emailVerified: !!input.emailVerified };
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "SQLITE_CONSTRAINT_UNIQUE") {
      throw new EmailTakenError();
    }
    throw error;
  }
}

/** The account with this address (any case), or null. */
export function findUserIdByEmail(email: string): number | null {
  const row = getConnection()
    .db.select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, normaliseEmail(email)))
    .get();
  return row?.id ?? null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export function emailExists(email: string): boolean {
  const { db } = getConnection();
  return (
    db
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, normaliseEmail(email)))
      .get() !== undefined
  );
}

// Hot path: every signed-in request.
const userStatements = prepared((db) => ({
  user: db
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale, emailVerifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(eq(users.id, sql.placeholder("id")))
    .prepare(),
  roles: db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, sql.placeholder("id"))).prepare(),
}));

function rolesOf(userId: number): Role[] {
  return userStatements()
    .roles.all({ id: userId })
    .map((r) => r.role);
}

export function getUserById(id: number): User | null {
  const row = userStatements().user.get({ id });
  if (!row) return null;
  const { emailVerifiedAt, ...rest } = row;
  return { ...rest, emailVerified: emailVerifiedAt !== null, roles: rolesOf(row.id) };
}

// A real hash of a random password, so that a login for an unknown e-mail costs
// the same time as one with a wrong password and does not reveal who has an account.
let dummyHash: Promise<string> | undefined;

export async function verifyLogin(email: string, password: string): Promise<User | null> {
  const row = getConnection()
    .db.select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, normaliseEmail(email)))
    .get();
  if (!row) {
    dummyHash ??= hash(crypto.randomUUID(), ARGON2_OPTIONS);
    await verify(await dummyHash, password);
    return null;
  }
  const ok = await verify(row.passwordHash, password);
  return ok ? getUserById(row.id) : null;
}

export function setUserLocale(userId: number, locale: Locale): void {
  getConnection().db.update(users).set({ locale }).where(eq(users.id, userId)).run();
}

export function addRoles(userId: number, roles: Role[]): void {
  const { db } = getConnection();
  db.insert(userRoles)
    .values(roles.map((role) => ({ userId, role })))
    .onConflictDoNothing()
    .run();
}

export function hasRole(user: Pick<User, "roles"> | null, ...roles: Role[]): boolean {
  return !!user && user.roles.some((r) => roles.includes(r));
}
