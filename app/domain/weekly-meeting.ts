// A team's weekly meeting: a weekday and a wall-clock time in the team's time
// zone. Pure functions, shared by the server (calendar files) and the board.
import { addDays, wallClock } from "./calendar";

/** ISO weekdays, 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface WeeklyMeeting {
  weekday: Weekday;
  /** "HH:MM", 24-hour, in `timeZone`. */
  time: string;
  timeZone: string;
  /** A place ("Community centre, room 2") or a video link. */
  place: string;
}

export function isMeetingTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** A place that is a web address is shown and exported as a link. */
export function meetingLink(place: string): string | null {
  if (!/^https?:\/\//i.test(place)) return null;
  try {
    const url = new URL(place);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

/** ISO weekday of a YYYY-MM-DD date. */
export function weekdayOf(date: string): Weekday {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (day === 0 ? 7 : day) as Weekday;
}

/** The first date on or after `from` that falls on `weekday`. */
export function nextWeekday(from: string, weekday: Weekday): string {
  return addDays(from, (weekday - weekdayOf(from) + 7) % 7);
}

// Offsets are found with Intl, which knows every zone's rules, so no table of
// daylight-saving dates is kept here.
function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const clock = wallClock(timeZone, at);
  const asUtc = Date.parse(`${clock.date}T00:00:00Z`) + ((clock.hour * 60 + clock.minute) * 60 + clock.second) * 1000;
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant at which a wall-clock date and time happen in a zone. */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  // Two passes settle the offset also on the days the clocks change.
  let guess = wall - zoneOffsetMinutes(timeZone, new Date(wall)) * 60_000;
  guess = wall - zoneOffsetMinutes(timeZone, new Date(guess)) * 60_000;
  return new Date(guess);
}

/** The next meeting on or after `today` (a date in the team's zone), as an instant. */
export function nextMeeting(meeting: Pick<WeeklyMeeting, "weekday" | "time" | "timeZone">, today: string): Date {
  return zonedInstant(nextWeekday(today, meeting.weekday), meeting.time, meeting.timeZone);
}
