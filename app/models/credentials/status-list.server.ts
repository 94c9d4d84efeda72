import { eq, max } from "drizzle-orm";
import { getConnection } from "#db/client";
import { certificateRevocations, certificates } from "#db/schema";
import { issuerDid, issuerOrigin } from "./did.server";
import { currentKey, issuerKeys } from "./keys.server";
import { credentialLibraries } from "./libraries.server";
import { signCredential } from "./signing.server";

// One bit per certificate, addressed by the certificate's id. 131,072 bits is
// the spec's minimum size (so a list does not reveal how few were issued).
export const STATUS_LIST_LENGTH = 131_072;

export function statusListUrl(list: number): string {
  return `${issuerOrigin()}/credentials/status/${list}`;
}

export function statusPosition(certificateId: number): { list: number; index: number } {
  return { list: Math.floor(certificateId / STATUS_LIST_LENGTH) + 1, index: certificateId % STATUS_LIST_LENGTH };
}

/** The credentialStatus entry a certificate's credential carries. */
export function statusEntry(certificateId: number) {
  const { list, index } = statusPosition(certificateId);
  const url = statusListUrl(list);
  return {
    id: `${url}#${index}`,
    type: "BitstringStatusListEntry",
    statusPurpose: "revocation",
    statusListIndex: String(index),
    statusListCredential: url,
  };
}

/** Lists exist up to the one holding the newest certificate; asking for list 999999 must not make kumi sign it. */
export function statusListExists(list: number): boolean {
  const newest = getConnection().db.select({ id: max(certificates.id) }).from(certificates).get()?.id ?? 0;
  return Number.isSafeInteger(list) && list >= 1 && list <= statusPosition(newest).list;
}

function revokedIndexes(list: number): number[] {
  return getConnection()
    .db.select({ id: certificateRevocations.certificateId })
    .from(certificateRevocations)
    .innerJoin(certificates, eq(certificates.id, certificateRevocations.certificateId))
    .all()
    .map((r) => statusPosition(r.id))
    .filter((p) => p.list === list)
    .map((p) => p.index)
    .sort((a, b) => a - b);
}

// Signing canonicalises the list credential (tens of ms): keep the last signed
// one per list while the revoked set and the signing key stay the same.
const signed = new Map<number, { key: string; credential: Record<string, unknown> }>();

/** The signed BitstringStatusListCredential number `list`; revoked certificates have their bit set. */
export async function statusListCredential(list: number): Promise<Record<string, unknown>> {
  const revoked = revokedIndexes(list);
  const cacheKey = `${issuerDid()} ${currentKey(await issuerKeys()).id} ${revoked.join(",")}`;
  const hit = signed.get(list);
  if (hit?.key === cacheKey) return hit.credential;
  const { createCredential, createList } = (await credentialLibraries()).statusList;
  const bits = await createList({ length: STATUS_LIST_LENGTH });
  for (const index of revoked) bits.setStatus(index, true);
  const unsigned = await createCredential({ id: statusListUrl(list), list: bits, statusPurpose: "revocation" });
  const credential = await signCredential({ ...unsigned, issuer: issuerDid(), validFrom: new Date().toISOString().replace(/\.\d+Z$/, "Z") });
  signed.set(list, { key: cacheKey, credential });
  return credential;
}
