import { credentialLibraries } from "./libraries.server";
import { offlineLoader, type DocumentLoader } from "./contexts.server";
import { didDocument, issuerDid, resolveInDidDocument, verificationMethodId } from "./did.server";
import { currentKey, issuerKeys } from "./keys.server";

/** kumi's own DID document, as /.well-known/did.json serves it. */
export async function ownDidDocument() {
  return didDocument(issuerDid(), await issuerKeys());
}

/** Contexts plus kumi's own DID document, built locally rather than fetched from ourselves. */
export async function issuerLoader(extra: (url: string) => unknown = () => undefined): Promise<DocumentLoader> {
  const did = await ownDidDocument();
  return offlineLoader((url) => (url.startsWith(did.id) ? resolveInDidDocument(did, url) : extra(url)));
}

/** Signs a credential with the current key: Data Integrity, eddsa-rdfc-2022. */
export async function signCredential(credential: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { DataIntegrityProof, Ed25519Multikey, eddsaRdfc2022, vc } = await credentialLibraries();
  const did = issuerDid();
  const key = currentKey(await issuerKeys());
  const pair = await Ed25519Multikey.from({
    id: verificationMethodId(did, key),
    controller: did,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: key.secretKeyMultibase,
  });
  const suite = new DataIntegrityProof({ signer: pair.signer(), cryptosuite: eddsaRdfc2022 });
  return vc.issue({ credential, suite, documentLoader: await issuerLoader() });
}
