import type { AppLoadContext } from "@remix-run/node";
import { getCohort } from "~/models/cohorts.server";
import { requireRole } from "./auth.server";
import { parseId } from "./ids";
import { notFound } from "./responses.server";

/** A cohort managed by a trainer or admin; anyone else, or an unknown id, gets a 404. */
export function requireStaffCohort(request: Request, context: AppLoadContext, rawId: string | undefined) {
  const user = requireRole(request, context, "trainer", "admin");
  const id = parseId(rawId);
  const cohort = id ? getCohort(id) : null;
  if (!cohort) throw notFound();
  return { user, cohort };
}
