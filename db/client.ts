import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { getEnv } from "../app/env.server";
import * as coreSchema from "./schema";
import * as workSchema from "./schema-work";

const schema = { ...coreSchema, ...workSchema };

export type Db = BetterSQLite3Database<typeof schema>;

export interface Connection {
  sqlite: Database.Database;
  db: Db;
}

/** Migrations ship with the code; resolved from the project root the server runs in. */
export const MIGRATIONS_DIR = path.resolve(process.cwd(), "db/migrations");

/**
 * Creates the folder and its missing parents one by one. Node's recursive
 * mkdir loops for ever under /proc (it retries on ENOENT); this fails at once.
 */
function ensureFolder(dir: string): void {
  if (fs.existsSync(dir)) return;
  const parent = path.dirname(dir);
  if (parent !== dir) ensureFolder(parent);
  fs.mkdirSync(dir);
}

/**
 * The one place that opens a database. Checks the file and applies pending
 * migrations before returning, so a started server always runs on a sound
 * file with the current schema.
 */
export function openDatabase(file: string, options: { migrate?: boolean; quickCheck?: boolean } = {}): Connection {
  // Every start-up problem names the file: "unable to open database file" alone
  // leaves an operator guessing which one.
  const fail = (problem: string): never => {
    throw new Error(`Database ${path.resolve(file)}: ${problem}`);
  };
  let sqlite: Database.Database;
  try {
    if (file !== ":memory:") ensureFolder(path.dirname(path.resolve(file)));
    // A lock held elsewhere must fail within seconds, not hang the start.
    sqlite = new Database(file, { timeout: 5000 });
    sqlite.pragma("journal_mode = WAL");
  } catch (error) {
    return fail(`cannot be opened or written (${(error as Error).message}). Check DATABASE_PATH and the folder's permissions.`);
  }
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // NORMAL is durable across application crashes in WAL mode and much faster
  // than FULL; only an OS crash can lose the last transactions.
  sqlite.pragma("synchronous = NORMAL");
  // A damaged page must stop the start, not surface later as 500s behind a
  // healthy /healthz. quick_check reads every page but skips index
  // cross-checks: about a second per few hundred MB.
  if (options.quickCheck ?? options.migrate !== false) {
    let verdict: unknown;
    try {
      verdict = sqlite.pragma("quick_check(5)", { simple: false });
    } catch (error) {
      sqlite.close();
      return fail(`is damaged (${(error as Error).message}). Restore it from a backup (see README, Backups).`);
    }
    const lines = (verdict as { quick_check: string }[]).map((row) => row.quick_check);
    if (lines.join() !== "ok") {
      sqlite.close();
      fail(`is damaged: ${lines.join("; ")}. Restore it from a backup (see README, Backups).`);
    }
  }
  const db = drizzle(sqlite, { schema });
  try {
    if (options.migrate !== false) migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  } catch (error) {
    sqlite.close();
    fail(`migration failed (${(error as Error).message})`);
  }
  return { sqlite, db };
}

let connection: Connection | undefined;

/** The process-wide connection, opened (and migrated) on first use. */
export function getConnection(): Connection {
  connection ??= openDatabase(getEnv().DATABASE_PATH);
  return connection;
}

export function closeConnection(): void {
  connection?.sqlite.close();
  connection = undefined;
}
