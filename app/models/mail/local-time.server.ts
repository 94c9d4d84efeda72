import { wallClock } from "~/domain/calendar";
import { DEFAULT_TIME_ZONE } from "~/i18n/config";
import { getConnection } from "#db/client";

/** Date, weekday (0 = Sunday) and minutes since midnight at `now` in a time zone. */
export function localClock(timeZone: string, now: Date): { date: string; weekday: number; minutes: number } {
  const { date, hour, minute } = wallClock(timeZone, now);
  return { date, weekday: new Date(`${date}T00:00:00Z`).getUTCDay(), minutes: hour * 60 + minute };
}

/** Each person's own time zone (chosen when joining a course, changed on /account). */
export function timeZonesOf(userIds: number[]): Map<number, string> {
  const zones = new Map<number, string>();
  if (!userIds.length) return zones;
  const rows = getConnection()
    .sqlite.prepare(`select id as userId, time_zone as timeZone from users where id in (select value from json_each(?))`)
    .all(JSON.stringify(userIds)) as { userId: number; timeZone: string }[];
  for (const row of rows) zones.set(row.userId, row.timeZone || DEFAULT_TIME_ZONE);
  for (const id of userIds) if (!zones.has(id)) zones.set(id, DEFAULT_TIME_ZONE);
  return zones;
}
