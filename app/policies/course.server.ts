import { getCourse, type Course } from "~/curriculum/index.server";
import { notFound } from "~/http/responses.server";
import { cohortOfLearner, type Cohort } from "~/models/cohorts.server";
import type { User } from "~/models/users.server";
import { isStaff } from "./trainer-area.server";

/** Draft lessons exist only for trainers and admins; for everyone else they 404. */
export function canSeeDrafts(viewer: User | null): boolean {
  return isStaff(viewer);
}

/** Course outlines are public (nothing in content/ is personal data); an unknown id is a 404. */
export function requireCourse(courseId: string | undefined): Course {
  const course = getCourse(courseId ?? "");
  if (!course) throw notFound();
  return course;
}

/** Progress is recorded only for a learner in a team for this course. */
export function canRecordProgress(viewer: User | null, courseId: string): boolean {
  return !!viewer && cohortOfLearner(viewer.id, courseId) !== null;
}

/** The viewer's team for the course, or a 404 for anyone who is not in one. */
export function requireCourseTeam(viewer: User, courseId: string): Cohort {
  const cohort = cohortOfLearner(viewer.id, courseId);
  if (!cohort) throw notFound();
  return cohort;
}
