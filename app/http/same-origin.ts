const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The one exception: RFC 8058 one-click unsubscribe is a POST sent by the mail
 * client, with no Origin or its own. The route acts only on a link signed for
 * one person and one kind (app/models/mail/unsubscribe.server.ts), so a forged
 * request has nothing to act on; it changes nothing but that preference. It is
 * a resource route (no page), which Remix's own Origin check leaves alone too.
 */
export const ORIGIN_CHECK_EXEMPT_PATHS: ReadonlySet<string> = new Set(["/unsubscribe/one-click"]);

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
  /** The request path, for the documented exemption above. */
  path?: string;
}): boolean {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return true;
  if (input.path !== undefined && ORIGIN_CHECK_EXEMPT_PATHS.has(input.path)) return true;
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
