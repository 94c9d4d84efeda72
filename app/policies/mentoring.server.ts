import type { AppLoadContext } from "@remix-run/node";
import { requireViewer } from "~/http/auth.server";
import { parseId } from "~/http/ids";
import { notFound } from "~/http/responses.server";
import { getCohort } from "~/models/cohorts.server";
import { isSenior } from "~/models/mentoring/profiles.server";
import type { Mentorship } from "~/models/mentoring/proposals.server";
import type { User } from "~/models/users.server";
import { cohortRole, type CohortRole } from "./cohort.server";
import { isStaff } from "./trainer-area.server";

/** Session notes: their author (also after the mentorship ended), trainers and admins. */
export function canReadSessionNotes(viewer: User | null, session: { mentorId: number }): boolean {
  if (!viewer) return false;
  return session.mentorId === viewer.id || isStaff(viewer);
}

/** Only the cohort's active mentor writes its session log. */
export function canLogSessions(role: CohortRole | null): boolean {
  return role === "mentor";
}

/** Only seniors (a completed course) may opt in as mentors. */
export function canOptInAsMentor(viewer: User | null): boolean {
  return !!viewer && isSenior(viewer.id);
}

/** A mentor may end their own mentorship (staff end one from the cohort's page, see requireCohortManager). */
export function canEndMentorship(viewer: User | null, mentorship: Pick<Mentorship, "mentorId">): boolean {
  return !!viewer && mentorship.mentorId === viewer.id;
}

/** A cohort's session log: its active mentor (who writes it) and staff (who read every mentor's); else a 404. */
export function requireSessionLog(request: Request, context: AppLoadContext, rawCohortId: string | undefined) {
  const user = requireViewer(request, context);
  const cohortId = parseId(rawCohortId);
  const role = cohortId ? cohortRole(user, cohortId) : null;
  const cohort = cohortId && (role === "mentor" || role === "staff") ? getCohort(cohortId) : null;
  if (!cohort || !role) throw notFound();
  return { user, role, cohort };
}
