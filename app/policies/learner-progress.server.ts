import { cohortsOfLearner, isCohortMember } from "~/models/cohorts.server";
import { isActiveMentor } from "~/models/mentoring/proposals.server";
import { isManager } from "~/models/partners/organisations.server";
import { sponsorshipsOfUser } from "~/models/partners/sponsorships.server";
import { hasRole, type User } from "~/models/users.server";
import { isStaff } from "./trainer-area.server";

/**
 * A learner's progress: themself, their teammates, their team's active
 * mentor, staff, and the managers of a firm that sponsors them while their
 * consent stands. Nobody else — a learner of another team included.
 */
export function canViewLearnerProgress(viewer: User | null, learnerId: number): boolean {
  if (!viewer) return false;
  if (viewer.id === learnerId || isStaff(viewer)) return true;
  const teams = cohortsOfLearner(learnerId);
  if (teams.some((c) => isCohortMember(c.id, viewer.id) || isActiveMentor(c.id, viewer.id))) return true;
  if (!hasRole(viewer, "partner")) return false;
  return sponsorshipsOfUser(learnerId).some(({ sponsorship, organisation }) => !sponsorship.withdrawnAt && isManager(organisation.id, viewer.id));
}
