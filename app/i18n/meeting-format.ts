// A weekly meeting as the reader reads it, built on the server (time-zone
// names differ between ICU versions, so the browser must not rebuild them).
import type { TFunction } from "i18next";
import { todayIn } from "~/domain/calendar";
import { meetingLink, nextMeeting, type WeeklyMeeting } from "~/domain/weekly-meeting";
import type { Locale } from "./config";
import { timeZoneLabel } from "./time-zones";

export interface MeetingView {
  when: string;
  zone: string;
  /** The same meeting in the reader's own zone, when that reads differently. */
  yourTime: string | null;
  place: string;
  link: string | null;
}

function weekdayAndTime(locale: Locale, at: Date, timeZone: string): { weekday: string; time: string } {
  const parts = new Intl.DateTimeFormat(locale, { weekday: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { weekday: get("weekday"), time: `${get("hour")}:${get("minute")}` };
}

export function describeMeeting(meeting: WeeklyMeeting, locale: Locale, viewerZone: string, t: TFunction, now = new Date()): MeetingView {
  const at = nextMeeting(meeting, todayIn(meeting.timeZone, now));
  const team = weekdayAndTime(locale, at, meeting.timeZone);
  const mine = weekdayAndTime(locale, at, viewerZone);
  const differs = viewerZone !== meeting.timeZone && (mine.weekday !== team.weekday || mine.time !== team.time);
  return {
    when: t("team:meeting.when", team),
    zone: timeZoneLabel(locale, meeting.timeZone, at),
    yourTime: differs ? `${t("team:meeting.yourTime", { when: `${mine.weekday} ${mine.time}` })} ${t("team:meeting.zone", { zone: timeZoneLabel(locale, viewerZone, at) })}` : null,
    place: meeting.place,
    link: meetingLink(meeting.place),
  };
}

/** Weekday names, Monday first, for the meeting form. */
export function weekdayNames(locale: Locale): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i, 12))));
}
