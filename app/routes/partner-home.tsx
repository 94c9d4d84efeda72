import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/http/responses.server";
import { organisationHome } from "~/models/funders/definition.server";
import { organisationsOfManager } from "~/models/partners/organisations.server";
import { requirePartnerManager } from "~/policies/index.server";

// A partner manager's way in: straight to their organisation.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requirePartnerManager(request, context);
  const [first] = organisationsOfManager(user.id);
  if (!first) throw notFound();
  return redirect(organisationHome(first.id));
}

// A page, not a resource route: a visitor who is not a partner manager gets the
// translated error page in the layout, not a bare "Not Found".
export default function PartnerHome() {
  return null;
}
