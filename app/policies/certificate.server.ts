import type { AppLoadContext } from "@remix-run/node";
import { requireViewer } from "~/http/auth.server";
import { notFound } from "~/http/responses.server";
import { findCertificate, type Certificate } from "~/models/certificates.server";
import { hasRole, type User } from "~/models/users.server";

/**
 * Public on purpose: anyone with the code (an employer, a job centre) can
 * verify a certificate. The code is the credential; a malformed or unknown one is a 404.
 */
export function requireCertificateCode(code: string | undefined): Certificate {
  const certificate = /^[a-z2-7]{16}$/.test(code ?? "") ? findCertificate(code!) : null;
  if (!certificate) throw notFound();
  return certificate;
}

/** Revoking a certificate undoes an award: admins only. */
export function canRevokeCertificate(viewer: User | null): boolean {
  return hasRole(viewer, "admin");
}

/** The revoke action: signed-out visitors go to sign in; anyone but an admin gets the 404 of a missing page. */
export function requireCertificateRevoker(request: Request, context: AppLoadContext, code: string | undefined): { admin: User; certificate: Certificate } {
  const admin = requireViewer(request, context);
  if (!canRevokeCertificate(admin)) throw notFound();
  return { admin, certificate: requireCertificateCode(code) };
}
