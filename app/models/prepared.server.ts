import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { getConnection, type Db } from "#db/client";

/**
 * A statement on a hot path, built and prepared once per connection instead
 * of on every call (drizzle's query building showed up in profiles).
 * Use with `sql.placeholder(...)` and `.prepare()`.
 */
export function prepared<T>(build: (db: Db) => T): () => T {
  const cache = new WeakMap<Db, T>();
  return () => {
    const { db } = getConnection();
    let statement = cache.get(db);
    if (!statement) {
      statement = build(db);
      cache.set(db, statement);
    }
    return statement;
  };
}

/**
 * `column IN (…)` for a prepared statement, whose number of parameters is
 * fixed: the list is bound as one JSON array (see `jsonList`) and read with
 * SQLite's json_each. The planner still probes the column's index per value.
 */
export function inList(column: SQLiteColumn, name: string): SQL {
  return sql`${column} in (select value from json_each(${sql.placeholder(name)}))`;
}

export function jsonList(values: readonly (number | string)[]): string {
  return JSON.stringify(values);
}
