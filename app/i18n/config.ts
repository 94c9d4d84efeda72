export const LOCALES = ["en", "uk", "ja"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const NAMESPACES = ["common", "auth", "courses", "trainer", "team", "mentoring", "partners", "mail", "account", "portfolio", "outcomes", "funders", "work"] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** Each language named in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  uk: "Українська",
  ja: "日本語",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Until a user sets their own, dates are shown in Japan's time zone, where the programme runs. */
export const DEFAULT_TIME_ZONE = "Asia/Tokyo";
