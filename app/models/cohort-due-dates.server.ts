import { eq, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import { cohortModuleDue } from "#db/schema";
import { getCourse } from "~/curriculum/index.server";
import { isValidIsoDate } from "~/domain/calendar";
import { getCohort } from "./cohorts.server";
import { prepared } from "./prepared.server";

// When each module of a cohort's course is due.

const selectDue = prepared((db) =>
  db
    .select({ moduleId: cohortModuleDue.moduleId, dueDate: cohortModuleDue.dueDate })
    .from(cohortModuleDue)
    .where(eq(cohortModuleDue.cohortId, sql.placeholder("cohortId")))
    .prepare(),
);

export function moduleDueDatesOf(cohortId: number): Record<string, string> {
  return Object.fromEntries(selectDue().all({ cohortId }).map((r) => [r.moduleId, r.dueDate]));
}

export function setModuleDueDate(cohortId: number, moduleId: string, dueDate: string): void {
  getConnection()
    .db.insert(cohortModuleDue)
    .values({ cohortId, moduleId, dueDate })
    .onConflictDoUpdate({ target: [cohortModuleDue.cohortId, cohortModuleDue.moduleId], set: { dueDate } })
    .run();
}

export type DueDatesResult = { ok: true } | { ok: false; invalid: string[] };

/**
 * Sets the due date of every module of the cohort's course at once: all
 * valid, written in one transaction, or nothing written and the modules
 * whose date is not a real date returned.
 */
export function setModuleDueDates(cohortId: number, dueDateOf: (moduleId: string) => unknown): DueDatesResult {
  const cohort = getCohort(cohortId);
  if (!cohort) throw new Error("no such cohort");
  const entries = (getCourse(cohort.courseId)?.modules ?? []).map((m) => [m.id, String(dueDateOf(m.id) ?? "")] as const);
  const invalid = entries.filter(([, date]) => !isValidIsoDate(date)).map(([id]) => id);
  if (invalid.length) return { ok: false, invalid };
  getConnection().sqlite.transaction(() => {
    for (const [moduleId, date] of entries) setModuleDueDate(cohortId, moduleId, date);
  })();
  return { ok: true };
}
