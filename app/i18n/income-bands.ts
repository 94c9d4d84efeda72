import type { TFunction } from "i18next";
import type { IncomeBand } from "#db/values";
import type { Locale } from "./config";

/** The yen limits of each monthly income band; the words around them live in locales (outcomes:income.*). */
const LIMITS: Partial<Record<IncomeBand, { low?: number; high?: number }>> = {
  under_100k: { high: 100_000 },
  "100k_200k": { low: 100_000, high: 200_000 },
  "200k_300k": { low: 200_000, high: 300_000 },
  "300k_plus": { low: 300_000 },
};

export function formatYen(locale: Locale, amount: number): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: "JPY", maximumFractionDigits: 0 }).format(amount);
}

/** "¥100,000 – ¥200,000 a month", in the reader's language and number format. */
export function incomeBandLabel(t: TFunction, locale: Locale, band: IncomeBand): string {
  const limits = LIMITS[band] ?? {};
  return t(`outcomes:income.${band}`, {
    low: limits.low === undefined ? "" : formatYen(locale, limits.low),
    high: limits.high === undefined ? "" : formatYen(locale, limits.high),
  });
}
