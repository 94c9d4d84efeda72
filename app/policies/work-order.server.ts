import type { AppLoadContext } from "@remix-run/node";
import { requireViewer } from "~/http/auth.server";
import { parseId } from "~/http/ids";
import { notFound } from "~/http/responses.server";
import { isManager, organisationsOfManager } from "~/models/partners/organisations.server";
import { hasRole, type User } from "~/models/users.server";
import { applicationOf, teamApplicationOf } from "~/models/work/applications.server";
import { certifiedCourses, orderFits } from "~/models/work/eligibility.server";
import { getOrder, isWorker, type WorkOrder } from "~/models/work/orders.server";

// The work board (docs/decisions/019-work-board.md). Firms see only their own
// orders; graduates see open orders that fit them and the orders they are on;
// nobody without a certificate sees any. Anything else is a 404.

/** Managers of this order's firm. */
export function managesOrder(viewer: User, order: Pick<WorkOrder, "organisationId">): boolean {
  return hasRole(viewer, "partner") && isManager(order.organisationId, viewer.id);
}

/** The firms whose orders this person may post and manage. */
export function workFirmsOf(viewer: User) {
  return hasRole(viewer, "partner") ? organisationsOfManager(viewer.id) : [];
}

/** The board itself: any signed-in person (it explains the certificate to those without one). */
export function requireWorkBoard(request: Request, context: AppLoadContext) {
  const user = requireViewer(request, context);
  return { user, firms: workFirmsOf(user), graduate: certifiedCourses(user.id).length > 0 };
}

/** Posting an order: managers of at least one firm. */
export function requireOrderPoster(request: Request, context: AppLoadContext) {
  const user = requireViewer(request, context);
  const firms = workFirmsOf(user);
  if (!firms.length) throw notFound();
  return { user, firms };
}

export type OrderRole = "manager" | "worker" | "applicant" | "candidate";

/** What the viewer is to an order; null means the order does not exist for them. */
export function orderRole(viewer: User, order: WorkOrder): OrderRole | null {
  if (managesOrder(viewer, order)) return "manager";
  if (isWorker(order.id, viewer.id)) return "worker";
  const own = applicationOf(order.id, viewer.id);
  // An invitation only counts while the order is open; she may still not fit it.
  if ((own && own.state !== "invited") || teamApplicationOf(order.id, viewer.id)) return "applicant";
  if (order.state === "open" && orderFits(order, viewer)) return "candidate";
  if (order.state === "open" && own?.state === "invited" && certifiedCourses(viewer.id).length) return "candidate";
  return null;
}

export function requireOrder(request: Request, context: AppLoadContext, rawId: string | undefined) {
  const user = requireViewer(request, context);
  const id = parseId(rawId);
  const order = id ? getOrder(id) : null;
  const role = order ? orderRole(user, order) : null;
  if (!order || !role) throw notFound();
  return { user, order, role };
}

export type WorkspaceSide = "firm" | "worker" | "mentor";

/**
 * The workspace: the workers and the firm's managers, for as long as the order
 * exists; the mentor the workers asked in, while it is being worked on.
 * Applicants who were not picked never get in.
 */
export function workspaceSide(viewer: User, order: WorkOrder): WorkspaceSide | null {
  if (order.state === "open") return null;
  if (managesOrder(viewer, order)) return "firm";
  if (isWorker(order.id, viewer.id)) return "worker";
  if (order.mentorId === viewer.id && order.state === "in_progress") return "mentor";
  return null;
}

export function requireWorkspace(request: Request, context: AppLoadContext, rawId: string | undefined) {
  const user = requireViewer(request, context);
  const id = parseId(rawId);
  const order = id ? getOrder(id) : null;
  const side = order ? workspaceSide(user, order) : null;
  if (!order || !side) throw notFound();
  return { user, order, side };
}
