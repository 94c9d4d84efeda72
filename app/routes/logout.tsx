import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { endSession } from "~/http/auth.server";
import { publicPage } from "~/policies/index.server";

export async function action({ request, context }: ActionFunctionArgs) {
  publicPage();
  return redirect("/", { headers: { "Set-Cookie": endSession(request, context) } });
}

// GET /logout must not log anyone out (a link or image could trigger it).
export function loader() {
  publicPage();
  return redirect("/");
}
