import type { AppLoadContext } from "@remix-run/node";
import { requireViewer } from "~/http/auth.server";
import { parseId } from "~/http/ids";
import { notFound } from "~/http/responses.server";
import { getFunder } from "~/models/funders/definition.server";
import { getOrganisation, isManager } from "~/models/partners/organisations.server";
import { hasRole, type User } from "~/models/users.server";
import { requireTrainer } from "./trainer-area.server";

/**
 * A funder's outcome report: the funder's own members (partner role) and
 * admins. Everyone else, trainers and other firms included, gets a 404, as
 * for an organisation that is no funder.
 */
export function canViewFunderReport(viewer: User | null, organisationId: number): boolean {
  if (!viewer) return false;
  if (hasRole(viewer, "admin")) return true;
  return hasRole(viewer, "partner") && isManager(organisationId, viewer.id);
}

/** The funder behind a URL segment, for the report page and its CSV; else a 404. */
export function requireFunderReport(request: Request, context: AppLoadContext, rawId: string | undefined) {
  const user = requireViewer(request, context);
  const id = parseId(rawId);
  const organisation = id ? getOrganisation(id) : null;
  const funder = organisation ? getFunder(organisation.id) : null;
  if (!organisation || !funder || !canViewFunderReport(user, organisation.id)) throw notFound();
  return { user, organisation, funder };
}

/** Making an organisation a funder and setting its seats: staff (trainers and admins), as for creating organisations. */
export function requireFunderSettings(request: Request, context: AppLoadContext, rawId: string | undefined) {
  const user = requireTrainer(request, context);
  const id = parseId(rawId);
  const organisation = id ? getOrganisation(id) : null;
  if (!organisation) throw notFound();
  return { user, organisation };
}
