import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { readUnsubscribeLink, unsubscribe } from "~/models/mail/unsubscribe.server";
import { allowSignedLink } from "~/policies/index.server";

// RFC 8058 one-click unsubscribe: the URL of the List-Unsubscribe header. The
// mail client POSTs "List-Unsubscribe=One-Click" here without cookies and
// without our Origin (exempt from the Origin check: app/http/same-origin.ts);
// the signature in the link is what authorises it.

/** Opened in a browser instead: the page that asks first. */
export async function loader({ request }: LoaderFunctionArgs) {
  allowSignedLink();
  return redirect(`/unsubscribe${new URL(request.url).search}`);
}

export async function action({ request }: ActionFunctionArgs) {
  allowSignedLink();
  const link = readUnsubscribeLink(new URL(request.url).searchParams);
  if (!link) return new Response("Invalid unsubscribe link", { status: 400, headers: { "Content-Type": "text/plain" } });
  unsubscribe(link);
  return new Response("Unsubscribed", { status: 200, headers: { "Content-Type": "text/plain" } });
}
