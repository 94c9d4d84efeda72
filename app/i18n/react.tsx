import { createContext, useContext, type ReactNode } from "react";
import type { Namespace } from "./config";
import type { TFunction, Translations } from "./translate";

// Translations reach components through context. The language never changes
// during a page's life (switching reloads the document, and the server keeps
// one Translations per locale), so there is nothing to subscribe to.
// react-i18next's hook rebuilt a fixed t and copied the i18next instance for
// every component on every server render (docs/decisions/011-page-rendering-cost.md).

const TranslationsContext = createContext<Translations | null>(null);

export function I18nProvider({ translations, children }: { translations: Translations; children: ReactNode }) {
  return <TranslationsContext.Provider value={translations}>{children}</TranslationsContext.Provider>;
}

export function useTranslation(ns?: Namespace): { t: TFunction } {
  const translations = useContext(TranslationsContext);
  if (!translations) throw new Error("useTranslation outside I18nProvider");
  return { t: translations.fixedT(ns) };
}
