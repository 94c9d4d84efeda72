// Browsers drop tabs and newlines from URLs, so "/\t/evil.example" becomes
// "//evil.example", another site; backslashes read as slashes. A target with
// any of them, or not a same-origin path, is refused as a whole.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/** Only same-origin paths: never "//evil.example", "https://…", or a path with control characters. */
export function safeRedirect(to: unknown, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || UNSAFE.test(to)) return fallback;
  return to;
}
