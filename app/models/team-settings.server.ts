import { eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { cohorts, users } from "#db/schema";
import { isMeetingTime, meetingLink, WEEKDAYS, type Weekday, type WeeklyMeeting } from "~/domain/weekly-meeting";
import { DEFAULT_TIME_ZONE } from "~/i18n/config";
import { isTimeZoneId } from "~/i18n/time-zones";
import type { Cohort } from "./cohorts.server";

export const TEAM_NAME_MAX = 80;
export const MEETING_PLACE_MAX = 500;

export type TeamNameProblem = "empty" | "tooLong";

/** Why a team name cannot be used, or null when it can. */
export function teamNameProblem(name: string): TeamNameProblem | null {
  const trimmed = name.trim();
  if (!trimmed) return "empty";
  return trimmed.length > TEAM_NAME_MAX ? "tooLong" : null;
}

export function renameCohort(cohortId: number, name: string): void {
  if (teamNameProblem(name)) throw new Error("invalid team name");
  getConnection().db.update(cohorts).set({ name: name.trim() }).where(eq(cohorts.id, cohortId)).run();
}

export type MeetingProblem = "weekday" | "time" | "timeZone" | "placeTooLong" | "link";

/** Checks a meeting as a form sends it; the first problem of each field. */
export function meetingProblems(input: { weekday: number; time: string; timeZone: string; place: string }): Partial<Record<keyof typeof input, MeetingProblem>> {
  const problems: Partial<Record<keyof typeof input, MeetingProblem>> = {};
  if (!(WEEKDAYS as readonly number[]).includes(input.weekday)) problems.weekday = "weekday";
  if (!isMeetingTime(input.time)) problems.time = "time";
  if (!isTimeZoneId(input.timeZone)) problems.timeZone = "timeZone";
  const place = input.place.trim();
  if (place.length > MEETING_PLACE_MAX) problems.place = "placeTooLong";
  // Something that starts like a link must be one: a typo in a video link is worse than none.
  else if (/^https?:/i.test(place) && !meetingLink(place)) problems.place = "link";
  return problems;
}

/** Sets the team's weekly meeting; its time zone becomes the team's time zone. */
export function setWeeklyMeeting(cohortId: number, meeting: WeeklyMeeting): void {
  if (Object.keys(meetingProblems(meeting)).length) throw new Error("invalid meeting");
  getConnection()
    .db.update(cohorts)
    .set({ meetingWeekday: meeting.weekday, meetingTime: meeting.time, timeZone: meeting.timeZone, meetingPlace: meeting.place.trim() })
    .where(eq(cohorts.id, cohortId))
    .run();
}

export function clearWeeklyMeeting(cohortId: number): void {
  getConnection().db.update(cohorts).set({ meetingWeekday: null, meetingTime: null, meetingPlace: "" }).where(eq(cohorts.id, cohortId)).run();
}

/** The cohort's weekly meeting, or null while none is set. */
export function weeklyMeetingOf(cohort: Pick<Cohort, "meetingWeekday" | "meetingTime" | "timeZone" | "meetingPlace">): WeeklyMeeting | null {
  if (!cohort.meetingWeekday || !cohort.meetingTime) return null;
  return { weekday: cohort.meetingWeekday as Weekday, time: cohort.meetingTime, timeZone: cohort.timeZone, place: cohort.meetingPlace };
}

/**
 * The zone a person's times are shown in: the one they gave when they last
 * asked to join a course, else the programme's.
 */
export function viewerTimeZone(userId: number): string {
  const row = getConnection().db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, userId)).get();
  return row && isTimeZoneId(row.timeZone) ? row.timeZone : DEFAULT_TIME_ZONE;
}
