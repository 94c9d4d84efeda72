import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/http/responses.server";
import { publicPage } from "~/policies/index.server";

// Unknown URLs get the translated 404 page inside the normal layout; an
// undecodable one (server.ts sends it here) the 400 page.
export function loader({ context }: LoaderFunctionArgs) {
  publicPage();
  if (context.malformedUrl) throw new Response("Bad Request", { status: 400 });
  throw notFound();
}

export function action() {
  publicPage();
  throw notFound();
}

export default function NotFound() {
  return null;
}
