import { getConnection } from "#db/client";

/** True when the database answers a trivial query. */
export function databaseAnswers(): boolean {
  try {
    return getConnection().sqlite.prepare("select 1 as ok").get() !== undefined;
  } catch {
    return false;
  }
}
