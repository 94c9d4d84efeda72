import { getEnv } from "~/env.server";
import { DID_CONTEXT, MULTIKEY_CONTEXT } from "./contexts.server";
import type { IssuerKey } from "./keys.server";

/**
 * The public origin credentials name as their issuer. Without APP_ORIGIN it is
 * localhost on our port, never the request's Host header, which a client chooses.
 */
export function issuerOrigin(): string {
  const env = getEnv();
  return env.APP_ORIGIN ?? `http://localhost:${env.PORT}`;
}

/** did:web of an origin: the host, with a port's ":" percent-encoded. */
export function didWebOf(origin: string): string {
  const url = new URL(origin);
  return `did:web:${encodeURIComponent(url.host)}`;
}

export function issuerDid(): string {
  return didWebOf(issuerOrigin());
}

export function verificationMethodId(did: string, key: Pick<IssuerKey, "id">): string {
  return `${did}#${key.id}`;
}

/** The DID document served at /.well-known/did.json: every key, public halves only. */
export function didDocument(did: string, keys: IssuerKey[]) {
  const methods = keys.map((key) => ({
    id: verificationMethodId(did, key),
    type: "Multikey",
    controller: did,
    publicKeyMultibase: key.publicKeyMultibase,
  }));
  return {
    "@context": [DID_CONTEXT, MULTIKEY_CONTEXT],
    id: did,
    verificationMethod: methods,
    assertionMethod: methods.map((m) => m.id),
  };
}

/** What a DID URL names in a DID document: the document itself, or one of its keys (with a context, as verifiers expect). */
export function resolveInDidDocument(document: { id: string; verificationMethod: { id: string }[] }, url: string): unknown {
  if (url === document.id) return document;
  const method = document.verificationMethod.find((m) => m.id === url);
  return method ? { "@context": MULTIKEY_CONTEXT, ...method } : undefined;
}
