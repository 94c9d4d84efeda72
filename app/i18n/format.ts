import { DEFAULT_TIME_ZONE, type Locale } from "./config";

// Intl formatters are costly to build (a measurable share of a page render),
// so each distinct one is built once and reused.
const cache = new Map<string, { format: (value: never) => string } | Intl.DisplayNames>();
function cached<T>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f as never);
  }
  return f;
}

/** Minutes as the reader's language says them: "15 minutes", "15 хвилин", "15 分". */
export function formatMinutes(locale: Locale, minutes: number): string {
  return cached(`min:${locale}`, () => new Intl.NumberFormat(locale, { style: "unit", unit: "minute", unitDisplay: "long" })).format(minutes);
}

export function formatPercent(locale: Locale, value: number): string {
  return cached(`pct:${locale}`, () => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 })).format(value / 100);
}

export function formatDate(locale: Locale, date: Date | string, timeZone: string = DEFAULT_TIME_ZONE): string {
  return cached(`date:${locale}:${timeZone}`, () => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone })).format(new Date(date));
}

/** The language's own name in the reader's language ("англійська", "英語"). */
export function languageName(displayLocale: Locale, language: string): string {
  return cached(`lang:${displayLocale}`, () => new Intl.DisplayNames([displayLocale], { type: "language" })).of(language) ?? language;
}

/** A day as a short label for a chart axis: "Nov 3", "3 лист.", "11月3日". */
export function formatShortDate(locale: Locale, date: Date | string, timeZone: string = DEFAULT_TIME_ZONE): string {
  return cached(`short:${locale}:${timeZone}`, () => new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone })).format(new Date(date));
}

/** A plain count in the reader's digits and grouping: "1,204", "1 204". */
export function formatCount(locale: Locale, value: number): string {
  return cached(`count:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** Yen as the reader's language writes money: "¥12,000", "12 000 ¥", "￥12,000". */
export function formatYen(locale: Locale, amount: number): string {
  return cached(`yen:${locale}`, () => new Intl.NumberFormat(locale, { style: "currency", currency: "JPY" })).format(amount);
}

/** Minutes as hours, to the quarter: "2.5 hours", "2,5 години", "2.5 時間". */
export function formatHours(locale: Locale, minutes: number): string {
  return cached(`hours:${locale}`, () => new Intl.NumberFormat(locale, { style: "unit", unit: "hour", unitDisplay: "long", maximumFractionDigits: 2 })).format(minutes / 60);
}

/** A download's size for people on prepaid data: "120 kB", "1.2 MB" in the reader's language. */
export function formatDownloadSize(locale: Locale, bytes: number): string {
  const mega = bytes >= 1_000_000;
  return cached(`size:${locale}:${mega}`, () =>
    new Intl.NumberFormat(locale, { style: "unit", unit: mega ? "megabyte" : "kilobyte", maximumFractionDigits: mega ? 1 : 0 }),
  ).format(mega ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000)));
}
