import type { Locale } from "./config";

/** A duration in minutes as the reader says it: "45 minutes", "3 hours", "2 days". */
export function formatDuration(locale: Locale, minutes: number): string {
  const [value, unit] =
    minutes < 60 ? [minutes, "minute"] : minutes < 48 * 60 ? [Math.round(minutes / 60), "hour"] : [Math.round(minutes / 1440), "day"];
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" }).format(value);
}
