import type { AppLoadContext } from "@remix-run/node";
import { requireViewer } from "~/http/auth.server";
import { parseId } from "~/http/ids";
import { notFound } from "~/http/responses.server";
import { getCohort } from "~/models/cohorts.server";
import { getSubmission, type Submission } from "~/models/exercises.server";
import type { User } from "~/models/users.server";
import { cohortRole, type CohortRole } from "./cohort.server";

/** An exercise answer is seen by its team (members and mentor) and by staff, under its own team's URL only. */
export function canViewSubmission(role: CohortRole | null, submission: Pick<Submission, "cohortId">, cohortId: number): boolean {
  return role !== null && submission.cohortId === cohortId;
}

/** Someone else's answer still waiting for review; never one's own. */
export function canReviewSubmission(viewer: User | null, role: CohortRole | null, submission: Pick<Submission, "userId" | "state">): boolean {
  return !!viewer && role !== null && submission.userId !== viewer.id && submission.state === "submitted";
}

/** The submission behind /cohorts/:cohortId/submissions/:submissionId, if the viewer may see it; else a 404. */
export function requireSubmission(request: Request, context: AppLoadContext, params: { cohortId?: string; submissionId?: string }) {
  const user = requireViewer(request, context);
  const cohortId = parseId(params.cohortId);
  const submissionId = parseId(params.submissionId);
  const role = cohortId ? cohortRole(user, cohortId) : null;
  const submission = submissionId ? getSubmission(submissionId) : null;
  const cohort = cohortId ? getCohort(cohortId) : null;
  if (!cohortId || !submission || !cohort || !canViewSubmission(role, submission, cohortId)) throw notFound();
  return { user, role: role!, submission, cohort };
}
