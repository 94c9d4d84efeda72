import { createInstance } from "i18next";
import resourcesToBackend from "i18next-resources-to-backend";
import { initReactI18next } from "react-i18next";
import type { Locale, Namespace } from "./config";
import { i18nextOptions } from "./options";

// One chunk per language: the browser downloads only the reader's own, and
// another one only when the reader switches (or signs in to an account in
// another language).
const bundles = {
  en: () => import("./bundles/en"),
  uk: () => import("./bundles/uk"),
  ja: () => import("./bundles/ja"),
} satisfies Record<Locale, () => Promise<{ default: Record<Namespace, unknown> }>>;

export const clientI18n = createInstance();

export function initClientI18n(locale: Locale) {
  return clientI18n
    .use(initReactI18next)
    .use(resourcesToBackend(async (lng: string, ns: string) => (await bundles[lng as Locale]()).default[ns as Namespace]))
    .init({ ...i18nextOptions(locale), fallbackLng: false });
}

/** Switches the interface language once its strings are loaded. */
export async function switchBrowserLocale(locale: Locale) {
  if (clientI18n.language !== locale) await clientI18n.changeLanguage(locale);
}
