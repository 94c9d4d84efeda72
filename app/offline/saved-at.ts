/** "14:05" in the reader's language and the phone's time zone; a date is added when it was not today. */
export function formatSavedAt(locale: string, savedAt: number, now = Date.now()): string {
  const when = new Date(savedAt);
  const sameDay = new Date(now).toDateString() === when.toDateString();
  return new Intl.DateTimeFormat(locale, sameDay ? { hour: "2-digit", minute: "2-digit" } : { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" }).format(when);
}
