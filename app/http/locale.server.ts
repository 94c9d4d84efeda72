import type { AppLoadContext } from "@remix-run/node";
import type { Locale } from "~/i18n/config";
import { negotiateLocale } from "~/i18n/negotiate.server";
import { getViewer } from "./auth.server";

/** The locale this request is rendered in (same rule as the root loader). */
export function requestLocale(request: Request, context: AppLoadContext): Locale {
  return negotiateLocale({
    userLocale: getViewer(request, context)?.locale,
    cookieHeader: request.headers.get("Cookie"),
    acceptLanguage: request.headers.get("Accept-Language"),
  });
}
