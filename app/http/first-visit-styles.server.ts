import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { cookieShouldBeSecure, readCookie, serializeCookie } from "./cookies.server";

// On a first visit the stylesheet is a second round trip before anything can
// be drawn (150–400 ms on a phone network). The first page therefore carries
// the styles inline, sets a cookie naming the stylesheet's version, and links
// the file at the end of the page so that the browser keeps it; later pages,
// with the cookie, link it in the head as usual
// (docs/decisions/023-styles-inline-on-a-first-visit.md).

const COOKIE = "kumi_css";
const YEAR_SECONDS = 365 * 24 * 3600;

let cached: { href: string; css: string | null; version: string } | undefined;

/** The built stylesheet's text; null while developing (Vite serves it) or if the build lacks it. */
function stylesheet(href: string) {
  if (cached?.href !== href) {
    const file = path.join("build/client", href);
    const css = href.startsWith("/assets/") && fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
    cached = { href, css, version: crypto.createHash("sha256").update(href).digest("hex").slice(0, 12) };
  }
  return cached;
}

/** The styles this request's page carries inline, or null (linked); adds the cookie when they go inline. */
export function inlineStylesFor(request: Request, href: string, responseCookies: string[]): string | null {
  const { css, version } = stylesheet(href);
  if (!css || readCookie(request.headers.get("Cookie"), COOKIE) === version) return null;
  responseCookies.push(serializeCookie(COOKIE, version, { maxAgeSeconds: YEAR_SECONDS, httpOnly: true, secure: cookieShouldBeSecure(request) }));
  return css;
}
