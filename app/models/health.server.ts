import { getConnection } from "#db/client";

// Once SQLite has said the file is damaged, the instance is not healthy even if
// `select 1` still works: pages that touch the damaged table fail. The flag
// lives until a restart, whose start-up quick_check then refuses the file.
let corrupted = false;

/** SQLite's answer for a damaged file (SQLITE_CORRUPT and its extended codes, or SQLITE_NOTADB). */
export function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB");
}

export function reportCorruption(): void {
  if (!corrupted) console.error("[health] the database reported corruption: /healthz answers 503 until a restart");
  corrupted = true;
}

/** True when the database answers a trivial query and has never reported damage. */
export function databaseAnswers(): boolean {
  if (corrupted) return false;
  try {
    return getConnection().sqlite.prepare("select 1 as ok").get() !== undefined;
  } catch (error) {
    if (isCorruption(error)) reportCorruption();
    return false;
  }
}
