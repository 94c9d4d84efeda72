import type { AppLoadContext } from "@remix-run/node";
import { requireViewer } from "~/http/auth.server";
import type { User } from "~/models/users.server";
import { isStaff } from "./trainer-area.server";

/**
 * Pages that show or change only the viewer's own things (their courses,
 * progress, requests, notifications, mentor profile): any signed-in person;
 * signed-out visitors go to the login page. The models behind these pages
 * take the viewer's id, so nobody else's data can come back.
 */
export function requireSignedIn(request: Request, context: AppLoadContext): User {
  return requireViewer(request, context);
}

/** Own profile and progress: the person themself, trainers and admins. */
export function canViewProfile(viewer: User | null, userId: number): boolean {
  if (!viewer) return false;
  return viewer.id === userId || isStaff(viewer);
}
