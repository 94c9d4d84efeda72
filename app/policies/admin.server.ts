import type { AppLoadContext } from "@remix-run/node";
import { requireViewer } from "~/http/auth.server";
import { notFound } from "~/http/responses.server";
import { hasRole, type User } from "~/models/users.server";

export function isAdmin(viewer: User | null): boolean {
  return hasRole(viewer, "admin");
}

/**
 * The admin area (accounts, audit log, outbox). Signed-out visitors go to the
 * login page, as for the trainer area; anyone signed in without the admin
 * role gets the same 404 as a missing page, trainers included.
 */
export function requireAdmin(request: Request, context: AppLoadContext): User {
  const user = requireViewer(request, context);
  if (!isAdmin(user)) throw notFound();
  return user;
}
