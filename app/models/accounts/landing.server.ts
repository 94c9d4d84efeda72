import { and, eq, ne } from "drizzle-orm";
import { getConnection } from "#db/client";
import { cohortMembers, cohorts, mentorships, organisationMembers } from "#db/schema";
import { organisationHome } from "../funders/definition.server";
import { hasRole, type User } from "../users.server";

/**
 * Where a person lands after signing in when no page asked for them. With
 * several roles, the first that applies wins, in this order (why: the rarer
 * and more deliberately granted a role, the more likely its page is the day's
 * work; docs/architecture.md, "Where people land", says the same):
 *   admin → /admin
 *   trainer → /trainer/cohorts
 *   partner manager → their firm's report, a funder's outcome report (/partner when they manage several)
 *   active mentor → /mentor
 *   learner in a team still running → /learn
 *   anyone else → /courses
 */
export function landingPath(user: Pick<User, "id" | "roles">): string {
  if (hasRole(user, "admin")) return "/admin";
  if (hasRole(user, "trainer")) return "/trainer/cohorts";
  const { db } = getConnection();
  if (hasRole(user, "partner")) {
    const firms = db.select({ id: organisationMembers.organisationId }).from(organisationMembers).where(eq(organisationMembers.userId, user.id)).all();
    if (firms.length === 1) return organisationHome(firms[0]!.id);
    if (firms.length > 1) return "/partner";
  }
  const mentoring = db
    .select({ id: mentorships.id })
    .from(mentorships)
    .where(and(eq(mentorships.mentorId, user.id), eq(mentorships.state, "active")))
    .get();
  if (mentoring) return "/mentor";
  const team = db
    .select({ id: cohorts.id })
    .from(cohortMembers)
    .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
    .where(and(eq(cohortMembers.userId, user.id), ne(cohorts.state, "finished")))
    .get();
  if (team) return "/learn";
  return "/courses";
}
