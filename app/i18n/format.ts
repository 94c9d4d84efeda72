import { DEFAULT_TIME_ZONE, type Locale } from "./config";

/** Minutes as the reader's language says them: "15 minutes", "15 хвилин", "15 分". */
export function formatMinutes(locale: Locale, minutes: number): string {
  return new Intl.NumberFormat(locale, { style: "unit", unit: "minute", unitDisplay: "long" }).format(minutes);
}

export function formatPercent(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value / 100);
}

export function formatDate(locale: Locale, date: Date | string, timeZone: string = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(new Date(date));
}

/** The language's own name in the reader's language ("англійська", "英語"). */
export function languageName(displayLocale: Locale, language: string): string {
  return new Intl.DisplayNames([displayLocale], { type: "language" }).of(language) ?? language;
}
