import { notFound } from "~/http/responses.server";
import { findCertificate, type Certificate } from "~/models/certificates.server";

/**
 * Public on purpose: anyone with the code (an employer, a job centre) can
 * verify a certificate. The code is the credential; a malformed or unknown one is a 404.
 */
export function requireCertificateCode(code: string | undefined): Certificate {
  const certificate = /^[a-z2-7]{16}$/.test(code ?? "") ? findCertificate(code!) : null;
  if (!certificate) throw notFound();
  return certificate;
}
