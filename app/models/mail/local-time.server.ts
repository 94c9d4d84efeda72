import { DEFAULT_TIME_ZONE } from "~/i18n/config";
import { getConnection } from "#db/client";

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Date, weekday (0 = Sunday) and minutes since midnight at `now` in a time zone. */
export function localClock(timeZone: string, now: Date): { date: string; weekday: number; minutes: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      weekday: "short",
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return {
    date,
    weekday: new Date(`${date}T00:00:00Z`).getUTCDay(),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/**
 * A person's time zone for e-mail schedules: their newest team's, else the
 * programme's (people have no time zone setting of their own yet).
 */
export function timeZonesOf(userIds: number[]): Map<number, string> {
  const zones = new Map<number, string>();
  if (!userIds.length) return zones;
  const rows = getConnection()
    .sqlite.prepare(
      `select m.user_id as userId, c.time_zone as timeZone from cohort_members m join cohorts c on c.id = m.cohort_id
       where m.user_id in (select value from json_each(?)) order by m.created_at`,
    )
    .all(JSON.stringify(userIds)) as { userId: number; timeZone: string }[];
  for (const row of rows) zones.set(row.userId, row.timeZone);
  for (const id of userIds) if (!zones.has(id)) zones.set(id, DEFAULT_TIME_ZONE);
  return zones;
}
