import { DEFAULT_LOCALE, LOCALES, type Locale } from "./config";
import en from "./bundles/en";
import ja from "./bundles/ja";
import uk from "./bundles/uk";
import { createTranslations, type Catalogue, type TFunction, type Translations } from "./translate";

const catalogues: Record<Locale, Catalogue> = { en, uk, ja };

export function catalogueOf(locale: Locale): Catalogue {
  return catalogues[locale];
}

const translations = new Map<Locale, Translations>();

/**
 * One Translations per locale for the whole process: nothing changes them
 * after start. English stands in for a string a translation lacks (the key
 * parity test keeps that from happening).
 */
export function translationsFor(locale: Locale): Translations {
  let found = translations.get(locale);
  if (!found) {
    found = createTranslations(locale, catalogues[locale], locale === DEFAULT_LOCALE ? undefined : catalogues[DEFAULT_LOCALE]);
    translations.set(locale, found);
  }
  return found;
}

/** A translate function for server code (page titles, CSV headers). */
export function serverT(locale: Locale): TFunction {
  return translationsFor(locale).fixedT();
}

export { LOCALES };
