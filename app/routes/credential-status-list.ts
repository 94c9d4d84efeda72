import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound } from "~/http/responses.server";
import { statusListCredential, statusListExists } from "~/models/credentials/index.server";
import { publicPage } from "~/policies/index.server";

// The signed revocation list verifiers read. It names no one: a bit per certificate.
export async function loader({ params }: LoaderFunctionArgs) {
  publicPage();
  const list = /^[1-9]\d{0,5}$/.test(params.list ?? "") ? Number(params.list) : null;
  if (list === null || !statusListExists(list)) throw notFound();
  return Response.json(await statusListCredential(list), {
    // Short: a revocation must reach verifiers within minutes.
    headers: { "Content-Type": "application/vc+ld+json", "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" },
  });
}
