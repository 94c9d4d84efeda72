import { hasRole, type User } from "./users.server";
import { isCohortMember } from "./cohorts.server";

/**
 * How the viewer relates to a cohort, per DESIGN.md's matrix:
 * - "member": a learner of this team (board, check-ins, help, reviewing teammates);
 * - "staff": a trainer or admin (everything);
 * - null: anyone else, who gets a 404 as if the cohort did not exist.
 * Mentors of the cohort join in with the mentoring work.
 */
export type CohortRole = "member" | "staff";

export function cohortRole(user: User | null, cohortId: number): CohortRole | null {
  if (!user) return null;
  if (hasRole(user, "trainer", "admin")) return "staff";
  if (isCohortMember(cohortId, user.id)) return "member";
  return null;
}
