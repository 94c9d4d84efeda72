import type { LoaderFunctionArgs } from "@remix-run/node";
import { requestLocale } from "~/http/locale.server";
import { serverT } from "~/i18n/resources.server";
import { publicPage } from "~/policies/index.server";

// The web app manifest that makes kumi installable, in the reader's language
// (the same negotiation as every page: account, cookie, browser).
export function loader({ request, context }: LoaderFunctionArgs) {
  publicPage();
  const locale = requestLocale(request, context);
  const t = serverT(locale);
  const manifest = {
    name: `kumi 組 — ${t("tagline")}`,
    short_name: "kumi",
    description: t("offline.appDescription"),
    lang: locale,
    start_url: "/learn",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1d4f91",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any maskable" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any maskable" },
      { src: "/favicon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
  return new Response(JSON.stringify(manifest), {
    headers: {
      "Content-Type": "application/manifest+json; charset=utf-8",
      "Cache-Control": "private, no-cache",
      Vary: "Cookie, Accept-Language",
    },
  });
}
