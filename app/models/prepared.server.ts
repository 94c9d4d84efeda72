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
