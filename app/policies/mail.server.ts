import type { AppLoadContext } from "@remix-run/node";
import { requireViewer } from "~/http/auth.server";
import { notFound } from "~/http/responses.server";
import { hasRole, type User } from "~/models/users.server";

/**
 * Admin pages (the e-mail outbox): admins only. Signed-out visitors go to the
 * login page; anyone else gets the same 404 as a missing page.
 */
export function requireAdmin(request: Request, context: AppLoadContext): User {
  const user = requireViewer(request, context);
  if (!hasRole(user, "admin")) throw notFound();
  return user;
}

/**
 * Links sent by e-mail that act without a session (unsubscribe): anyone
 * holding the link, which the route checks (a signature over person and kind).
 */
export function allowSignedLink(): void {}
