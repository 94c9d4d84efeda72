import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportAccountData } from "~/models/accounts/data-export.server";
import { requireSignedIn } from "~/policies/index.server";

// "Download my data": only ever the viewer's own, as one JSON file.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireSignedIn(request, context);
  const data = exportAccountData(user.id);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="kumi-my-data-${day}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
