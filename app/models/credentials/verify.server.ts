import type { DocumentLoader } from "./contexts.server";
import { credentialLibraries } from "./libraries.server";

export interface OpenBadgeCheck {
  /** Signature, proof purpose and dates. */
  signature: { valid: boolean; problem?: string };
  /** "unchecked" when the signature already failed (the status of a forged file means nothing). */
  status: "active" | "revoked" | "unchecked" | "unavailable";
  statusProblem?: string;
  valid: boolean;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const inner = (error as Error & { errors?: unknown[] }).errors;
  const causes = Array.isArray(inner) && inner.length > 0 ? inner.map(describe) : [];
  const cause = error.cause ? [describe(error.cause)] : [];
  return [error.message, ...causes, ...cause].filter((m, i, all) => m && all.indexOf(m) === i).join("; ");
}

/**
 * Verifies an OpenBadgeCredential: its eddsa-rdfc-2022 signature against the
 * issuer key the loader resolves, then its revocation bit in the status list
 * the loader returns. The loader decides what is trusted; nothing is fetched here.
 */
export async function checkOpenBadge(credential: object, documentLoader: DocumentLoader): Promise<OpenBadgeCheck> {
  const { DataIntegrityProof, eddsaRdfc2022, vc, statusList } = await credentialLibraries();
  const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
  let status: OpenBadgeCheck["status"] = "unchecked";
  let statusProblem: string | undefined;
  const result = await vc.verifyCredential({
    credential,
    suite,
    documentLoader,
    checkStatus: async (options) => {
      const checked = await statusList.checkStatus({ ...options, verifyMatchingIssuers: true });
      if (!checked.verified) {
        status = "unavailable";
        statusProblem = describe(checked.error);
        return { verified: false, error: checked.error };
      }
      const revoked = checked.results?.some((r) => r.status) ?? false;
      status = revoked ? "revoked" : "active";
      return revoked ? { verified: false, error: new Error("the credential is revoked") } : { verified: true };
    },
  });
  const signatureValid = result.verified || result.statusResult !== undefined;
  return {
    signature: signatureValid ? { valid: true } : { valid: false, problem: describe(result.error ?? (result.results?.[0] as { error?: unknown })?.error) },
    status,
    statusProblem,
    valid: result.verified,
  };
}
