const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence for every mutation: the browser-set Origin (or, failing that,
 * Referer) must be this site. A request with neither is refused too — every
 * browser we support sends Origin on a form POST.
 */
export function isAllowedOrigin(input: {
  method: string;
  origin: string | undefined;
  referer: string | undefined;
  expectedOrigin: string;
}): boolean {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return true;
  if (input.origin) return input.origin === input.expectedOrigin;
  if (input.referer) {
    try {
      return new URL(input.referer).origin === input.expectedOrigin;
    } catch {
      return false;
    }
  }
  return false;
}
