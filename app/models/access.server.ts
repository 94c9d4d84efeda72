import { hasRole, type User } from "./users.server";
import { isCohortMember } from "./cohorts.server";
import { isActiveMentor } from "./mentoring/proposals.server";
import { isManager } from "./partners/organisations.server";

/**
 * How the viewer relates to a cohort, per DESIGN.md's matrix:
 * - "member": a learner of this team (board, check-ins, help, reviewing teammates);
 * - "mentor": the cohort's active mentor (board, help requests, reviews, sessions);
 *   access ends with the mentorship;
 * - "staff": a trainer or admin (everything);
 * - null: anyone else, who gets a 404 as if the cohort did not exist.
 */
export type CohortRole = "member" | "mentor" | "staff";

export function cohortRole(user: User | null, cohortId: number): CohortRole | null {
  if (!user) return null;
  if (hasRole(user, "trainer", "admin")) return "staff";
  if (isCohortMember(cohortId, user.id)) return "member";
  if (isActiveMentor(cohortId, user.id)) return "mentor";
  return null;
}

/**
 * Organisation reports: a partner manager of that organisation, or a trainer
 * or admin. Everyone else — managers of other firms included — gets a 404.
 */
export function organisationRole(user: User | null, organisationId: number): "manager" | "staff" | null {
  if (!user) return null;
  if (hasRole(user, "trainer", "admin")) return "staff";
  if (hasRole(user, "partner") && isManager(organisationId, user.id)) return "manager";
  return null;
}
