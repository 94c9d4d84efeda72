import type { InitOptions } from "i18next";
import { DEFAULT_LOCALE, LOCALES, NAMESPACES, type Locale } from "./config";

/** The i18next options the server and the browser share. */
export function i18nextOptions(lng: Locale): InitOptions {
  return {
    lng,
    supportedLngs: [...LOCALES],
    ns: [...NAMESPACES],
    defaultNS: "common",
    fallbackNS: false,
    // React escapes what it renders; the few plain-text uses (CSV headers, titles)
    // escape at their own output.
    interpolation: { escapeValue: false },
    // The server has every string in memory; the browser overrides this (client.ts).
    react: { useSuspense: false },
    returnNull: false,
    fallbackLng: lng === DEFAULT_LOCALE ? false : DEFAULT_LOCALE,
  };
}
