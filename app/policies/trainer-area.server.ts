import type { AppLoadContext } from "@remix-run/node";
import { requireViewer } from "~/http/auth.server";
import { notFound } from "~/http/responses.server";
import { hasRole, type User } from "~/models/users.server";

/** Trainers and admins: the staff, who may see and manage every cohort, course and organisation. */
export function isStaff(viewer: User | null): boolean {
  return hasRole(viewer, "trainer", "admin");
}

/**
 * The trainer area (cohorts, mentors, organisations, content). Signed-out
 * visitors go to the login page; anyone else without the role gets the same
 * 404 as a missing page.
 */
export function requireTrainer(request: Request, context: AppLoadContext): User {
  const user = requireViewer(request, context);
  if (!isStaff(user)) throw notFound();
  return user;
}
