import type { AppLoadContext } from "@remix-run/node";
import { requireViewer } from "~/http/auth.server";
import { parseId } from "~/http/ids";
import { notFound } from "~/http/responses.server";
import { commissionByInvite, type Commission } from "~/models/partners/commissions.server";
import { getOrganisation, isManager, organisationByInvite, type Organisation } from "~/models/partners/organisations.server";
import { hasRole, type User } from "~/models/users.server";
import { isStaff } from "./trainer-area.server";

export type OrganisationRole = "manager" | "staff";

/**
 * Organisation reports: a partner manager of that organisation, or a trainer
 * or admin. Everyone else — managers of other firms included — gets a 404.
 */
export function organisationRole(viewer: User | null, organisationId: number): OrganisationRole | null {
  if (!viewer) return null;
  if (isStaff(viewer)) return "staff";
  if (hasRole(viewer, "partner") && isManager(organisationId, viewer.id)) return "manager";
  return null;
}

export function canViewOrganisationReport(viewer: User | null, organisation: Pick<Organisation, "id">): boolean {
  return organisationRole(viewer, organisation.id) !== null;
}

/** The organisation behind a URL segment, with the viewer's role in it; else a 404. Used by the page and its CSV. */
export function requireOrganisationReport(request: Request, context: AppLoadContext, rawId: string | undefined) {
  const user = requireViewer(request, context);
  const id = parseId(rawId);
  const organisation = id ? getOrganisation(id) : null;
  const role = organisation ? organisationRole(user, organisation.id) : null;
  if (!organisation || !role) throw notFound();
  return { user, organisation, role };
}

/** The partner area's way in: people with the partner role. */
export function requirePartnerManager(request: Request, context: AppLoadContext): User {
  const user = requireViewer(request, context);
  if (!hasRole(user, "partner")) throw notFound();
  return user;
}

/** How long a manager invite link works after it was made. */
export const MANAGER_INVITE_VALID_DAYS = 14;

export function managerInviteExpiresAt(organisation: Pick<Organisation, "managerInviteCreatedAt">): Date {
  return new Date(organisation.managerInviteCreatedAt.getTime() + MANAGER_INVITE_VALID_DAYS * 24 * 60 * 60 * 1000);
}

export type ManagerInvite = { expired: false; organisation: Organisation } | { expired: true; organisation: null };

/**
 * A manager invite link is a credential for the organisation it names:
 * malformed or unknown (also a replaced one) is a 404; an expired one says so
 * and names no organisation, so the page can ask for a new link.
 */
export function requireManagerInvite(code: string | undefined, now = new Date()): ManagerInvite {
  const organisation = /^[a-z0-9]{6,32}$/.test(code ?? "") ? organisationByInvite(code!) : null;
  if (!organisation) throw notFound();
  if (now.getTime() >= managerInviteExpiresAt(organisation).getTime()) return { expired: true, organisation: null };
  return { expired: false, organisation };
}

/**
 * Who may see an organisation's managers, remove one and replace the manager
 * invite link: its own managers, and trainers and admins (who create firms).
 */
export function canManageManagers(role: OrganisationRole | null): boolean {
  return role === "manager" || role === "staff";
}

/**
 * A sponsorship link is a credential too: anyone holding it sees the consent
 * page (what the employer will and will not see); consenting needs an account.
 */
export function requireSponsorInvite(code: string | undefined): { commission: Commission; organisation: Organisation } {
  const commission = /^[a-z0-9]{6,32}$/.test(code ?? "") ? commissionByInvite(code!) : null;
  const organisation = commission ? getOrganisation(commission.organisationId) : null;
  if (!commission || !organisation) throw notFound();
  return { commission, organisation };
}
