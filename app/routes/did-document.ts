import { ownDidDocument } from "~/models/credentials/index.server";
import { publicPage } from "~/policies/index.server";

// did:web resolution: a verifier turns the issuer did:web:<host> into this URL
// and reads the public keys here. Every key ever used stays listed.
export async function loader() {
  publicPage();
  return Response.json(await ownDidDocument(), {
    headers: { "Content-Type": "application/did+json", "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
