// Open Badges 3.0 credentials for certificates (docs/decisions/017-open-badges.md).
import type { Certificate } from "~/models/certificates.server";
import { issuerDid } from "./did.server";
import { currentKey, issuerKeys } from "./keys.server";
import { openBadgeFor } from "./open-badge.server";
import { revocationOf } from "./revocations.server";
import { issuerLoader, ownDidDocument } from "./signing.server";
import { statusListCredential, statusListUrl } from "./status-list.server";
import { checkOpenBadge, type OpenBadgeCheck } from "./verify.server";

export { openBadgeFor, ownDidDocument, statusListCredential };
export { statusListExists } from "./status-list.server";
export { revocationOf, revokeCertificate, type Revocation } from "./revocations.server";
export type { OpenBadgeCheck };

const statusListPattern = /\/credentials\/status\/(\d+)$/;

/** kumi's own check of a certificate's credential, against its own DID document and status list (built here, not fetched). */
export async function checkCertificateCredential(certificate: Certificate): Promise<OpenBadgeCheck> {
  const credential = await openBadgeFor(certificate);
  const loader = await issuerLoader(async (url) => {
    const list = statusListPattern.exec(url)?.[1];
    return list && url === statusListUrl(Number(list)) ? statusListCredential(Number(list)) : undefined;
  });
  return checkOpenBadge(credential, loader);
}

// A full check canonicalises two documents (tens of ms). Its outcome changes
// only with the certificate's revocation or the keys, so it is kept per
// certificate under that state; the map is bounded by clearing it when full.
const checks = new Map<number, { state: string; check: OpenBadgeCheck }>();
const MAX_KEPT_CHECKS = 2000;

/** What the certificate page shows: kumi's check of the credential, and the revocation date if any. */
export async function certificateCredentialCheck(certificate: Certificate) {
  const revocation = revocationOf(certificate.id);
  const state = `${revocation ? "revoked" : "active"} ${currentKey(await issuerKeys()).id} ${issuerDid()}`;
  let check = checks.get(certificate.id)?.state === state ? checks.get(certificate.id)!.check : undefined;
  if (!check) {
    check = await checkCertificateCredential(certificate);
    if (checks.size >= MAX_KEPT_CHECKS) checks.clear();
    checks.set(certificate.id, { state, check });
  }
  return { check, revokedAt: revocation?.revokedAt ?? null, issuer: issuerDid() };
}
