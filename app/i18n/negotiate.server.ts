import Negotiator from "negotiator";
import { readCookie, serializeCookie } from "~/http/cookies.server";
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "./config";

export const LOCALE_COOKIE = "lang";

/**
 * The reader's language: their saved preference, else the `lang` cookie, else
 * the best Accept-Language match among our locales, else English.
 */
export function negotiateLocale(input: {
  userLocale?: string | null;
  cookieHeader: string | null;
  acceptLanguage: string | null;
}): Locale {
  if (isLocale(input.userLocale)) return input.userLocale;
  const fromCookie = readCookie(input.cookieHeader, LOCALE_COOKIE);
  if (isLocale(fromCookie)) return fromCookie;
  if (input.acceptLanguage) {
    const best = new Negotiator({ headers: { "accept-language": input.acceptLanguage } }).language([
      ...LOCALES,
    ]);
    if (isLocale(best)) return best;
  }
  return DEFAULT_LOCALE;
}

export function localeCookie(locale: Locale, secure: boolean): string {
  return serializeCookie(LOCALE_COOKIE, locale, { maxAgeSeconds: 365 * 24 * 60 * 60, secure });
}
