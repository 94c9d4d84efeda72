import { createInstance } from "i18next";
import resourcesToBackend from "i18next-resources-to-backend";
import { initReactI18next } from "react-i18next";
import type { Locale, Namespace } from "./config";
import { i18nextOptions } from "./options";

// One small chunk per language and namespace: a page downloads the namespaces
// its strings come from, in the reader's language only; another page's arrive
// as it opens (docs/decisions/022-namespaces-per-page.md).
const chunks = import.meta.glob<Record<string, unknown>>("../../locales/*/*.json", { import: "default" });

function strings(lng: string, ns: string) {
  const chunk = chunks[`../../locales/${lng}/${ns}.json`];
  return chunk ? chunk() : Promise.reject(new Error(`No strings for ${lng}/${ns}`));
}

export const clientI18n = createInstance();

export function initClientI18n(locale: Locale, namespaces: Namespace[]) {
  return clientI18n
    .use(initReactI18next)
    .use(resourcesToBackend(strings))
    .init({
      ...i18nextOptions(locale),
      ns: namespaces,
      fallbackLng: false,
      // A component whose namespace has not arrived waits for it: at start-up
      // the page stays as the server drew it, on a tap the old page stays.
      react: { useSuspense: true },
      // A key shown as itself is a bug (a namespace a component forgot to ask for): say so.
      parseMissingKeyHandler: (key: string, defaultValue?: string) => {
        if (defaultValue === undefined) console.error(`Missing translation: ${key}`);
        return defaultValue ?? key;
      },
    });
}

/** Switches the interface language once its strings are loaded. */
export async function switchBrowserLocale(locale: Locale) {
  if (clientI18n.language !== locale) await clientI18n.changeLanguage(locale);
}
