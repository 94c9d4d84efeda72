import type { Resource, TFunction } from "i18next";
import { LOCALES, type Locale } from "./config";
import en from "./bundles/en";
import ja from "./bundles/ja";
import uk from "./bundles/uk";
import { createI18n } from "./instance";

const bundles: Record<Locale, Resource[string]> = { en, uk, ja };

export function resourcesFor(locale: Locale): Resource {
  return { [locale]: bundles[locale] };
}

const fixed = new Map<Locale, TFunction>();

/** A translate function for server code (page titles, e-mails, CSV headers). */
export function serverT(locale: Locale): TFunction {
  let t = fixed.get(locale);
  if (!t) {
    t = createI18n(locale, resourcesFor(locale)).t;
    fixed.set(locale, t);
  }
  return t;
}

export { LOCALES };
