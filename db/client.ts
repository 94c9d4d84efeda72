import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { getEnv } from "../app/env.server";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;

export interface Connection {
  sqlite: Database.Database;
  db: Db;
}

/** Migrations ship with the code; resolved from the project root the server runs in. */
export const MIGRATIONS_DIR = path.resolve(process.cwd(), "db/migrations");

/**
 * The one place that opens a database. Applies pending migrations before
 * returning, so a started server always runs on the current schema.
 */
export function openDatabase(file: string, options: { migrate?: boolean } = {}): Connection {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // NORMAL is durable across application crashes in WAL mode and much faster
  // than FULL; only an OS crash can lose the last transactions.
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema });
  if (options.migrate !== false) migrate(db, { migrationsFolder: MIGRATIONS_DIR });
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
