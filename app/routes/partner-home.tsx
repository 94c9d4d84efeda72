import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/http/auth.server";
import { notFound } from "~/http/responses.server";
import { organisationsOfManager } from "~/models/partners/organisations.server";

// A partner manager's way in: straight to their organisation.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireRole(request, context, "partner");
  const [first] = organisationsOfManager(user.id);
  if (!first) throw notFound();
  return redirect(`/partner/organisations/${first.id}`);
}
