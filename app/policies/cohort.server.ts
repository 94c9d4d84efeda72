import type { AppLoadContext } from "@remix-run/node";
import { requireViewer } from "~/http/auth.server";
import { parseId } from "~/http/ids";
import { notFound } from "~/http/responses.server";
import { getCohort, getCohortByInvite, isCohortMember, type Cohort } from "~/models/cohorts.server";
import { isActiveMentor } from "~/models/mentoring/proposals.server";
import type { User } from "~/models/users.server";
import { isStaff, requireTrainer } from "./trainer-area.server";

/**
 * How the viewer relates to a cohort (the matrix in docs/architecture.md):
 * - "member": a learner of this team (board, check-ins, help, reviewing teammates);
 * - "mentor": the cohort's active mentor (board, help requests, reviews, sessions);
 *   access ends with the mentorship;
 * - "staff": a trainer or admin (everything);
 * - null: anyone else, who gets a 404 as if the cohort did not exist.
 */
export type CohortRole = "member" | "mentor" | "staff";

export function cohortRole(viewer: User | null, cohortId: number): CohortRole | null {
  if (!viewer) return null;
  if (isStaff(viewer)) return "staff";
  if (isCohortMember(cohortId, viewer.id)) return "member";
  if (isActiveMentor(cohortId, viewer.id)) return "mentor";
  return null;
}

/** The team's space (board, progress, help requests, check-ins): members, its mentor, staff. */
export function canViewCohort(viewer: User | null, cohort: Pick<Cohort, "id">): boolean {
  return cohortRole(viewer, cohort.id) !== null;
}

/** What can be done on a team board. */
export type BoardAction = "checkin" | "help" | "reply" | "resolve" | "nudge" | "feedback";

/**
 * Writing to the team's space (check-ins, asking for help, nudges, feedback
 * on a mentor's session) is for its members; its mentor and staff may answer
 * and close help requests. Closing also depends on whose request it is
 * (see canCloseHelpRequest).
 */
export function canOnBoard(role: CohortRole | null, action: BoardAction): boolean {
  if (!role) return false;
  if (action === "reply" || action === "resolve") return true;
  return role === "member";
}

/** A help request is closed by whoever asked, or by the team's mentor or staff. */
export function canCloseHelpRequest(viewer: User | null, role: CohortRole | null, help: { userId: number }): boolean {
  if (!viewer || !role) return false;
  return help.userId === viewer.id || role === "mentor" || role === "staff";
}

/** The cohort behind a URL segment and the viewer's role in it; anyone without a role gets a 404. */
export function requireCohortViewer(request: Request, context: AppLoadContext, rawId: string | undefined) {
  const user = requireViewer(request, context);
  const cohortId = parseId(rawId);
  const role = cohortId ? cohortRole(user, cohortId) : null;
  const cohort = role && cohortId ? getCohort(cohortId) : null;
  if (!role || !cohort) throw notFound();
  return { user, cohort, role };
}

/** A cohort managed by a trainer or admin; anyone else, or an unknown id, gets a 404. */
export function requireCohortManager(request: Request, context: AppLoadContext, rawId: string | undefined) {
  const user = requireTrainer(request, context);
  const id = parseId(rawId);
  const cohort = id ? getCohort(id) : null;
  if (!cohort) throw notFound();
  return { user, cohort };
}

/**
 * An invite link is a credential: anyone holding it may see what they are
 * joining (joining itself needs an account). A malformed or unknown code is a 404.
 */
export function requireInviteLink(code: string | undefined): Cohort {
  const cohort = /^[a-z0-9]{6,32}$/.test(code ?? "") ? getCohortByInvite(code!) : null;
  if (!cohort) throw notFound();
  return cohort;
}

/**
 * Naming a team and setting its weekly meeting: staff, and the team's active
 * mentor (who runs the meetings). Learners see both but change neither.
 */
export function canManageTeam(role: CohortRole | null): boolean {
  return role === "staff" || role === "mentor";
}

/** A cohort whose name and meeting the viewer may change; anyone else gets a 404. */
export function requireTeamManager(request: Request, context: AppLoadContext, rawId: string | undefined) {
  const found = requireCohortViewer(request, context, rawId);
  if (!canManageTeam(found.role)) throw notFound();
  return found;
}
