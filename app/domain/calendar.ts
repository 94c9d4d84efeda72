// Date-only arithmetic for cohort calendars. Dates are "YYYY-MM-DD" strings in
// the cohort's time zone; no Date object ever carries them across zones.

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().startsWith(value);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// Building an Intl.DateTimeFormat costs far more than using one.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The date (YYYY-MM-DD) in a time zone, today or at `now`. */
export function todayIn(timeZone: string, now = new Date()): string {
  let format = dayFormatters.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormatters.set(timeZone, format);
  }
  return format.format(now);
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in a time zone at an instant: its date (YYYY-MM-DD) and time of day. */
export function wallClock(timeZone: string, at: Date): { date: string; hour: number; minute: number; second: number } {
  let format = clockFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    clockFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Monday of the week containing `date`. */
export function weekStart(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((day + 6) % 7));
}

/** Each module is due `weeksPerModule` weeks after the previous one (the day before the next period starts). */
export function moduleDueDates(startDate: string, moduleIds: string[], weeksPerModule: number): Record<string, string> {
  return Object.fromEntries(moduleIds.map((id, i) => [id, addDays(startDate, (i + 1) * weeksPerModule * 7 - 1)]));
}

/** A date-only string as a Date at noon UTC, for Intl formatting with timeZone "UTC". */
export function dateForDisplay(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}
