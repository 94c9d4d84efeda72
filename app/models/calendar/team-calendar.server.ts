import { TZDate } from "@date-fns/tz";
import { and, eq, ne, or, sql } from "drizzle-orm";
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalWeekday, type ICalCalendar } from "ical-generator";
import { tzlib_get_ical_block } from "timezones-ical-library";
import { getConnection } from "#db/client";
import { cohortMembers, cohorts, mentorships } from "#db/schema";
import { getCourse } from "~/curriculum/index.server";
import { addDays, dateForDisplay } from "~/domain/calendar";
import { meetingLink, nextWeekday } from "~/domain/weekly-meeting";
import type { Locale } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";
import { moduleDueDatesOf } from "../cohort-due-dates.server";
import type { Cohort } from "../cohorts.server";
import { weeklyMeetingOf } from "../team-settings.server";

// iCalendar files of team meetings and module due dates, for calendar apps.

const MEETING_MINUTES = 60;
const BY_DAY = [ICalWeekday.MO, ICalWeekday.TU, ICalWeekday.WE, ICalWeekday.TH, ICalWeekday.FR, ICalWeekday.SA, ICalWeekday.SU];

/** Teams a person belongs to as a learner or as the active mentor, except finished ones. */
export function calendarCohortsOf(userId: number): Cohort[] {
  const { db } = getConnection();
  return db
    .select()
    .from(cohorts)
    .where(
      and(
        ne(cohorts.state, "finished"),
        or(
          sql`exists (select 1 from ${cohortMembers} where ${cohortMembers.cohortId} = ${cohorts.id} and ${cohortMembers.userId} = ${userId})`,
          sql`exists (select 1 from ${mentorships} where ${mentorships.cohortId} = ${cohorts.id} and ${mentorships.mentorId} = ${userId} and ${eq(mentorships.state, "active")})`,
        ),
      ),
    )
    .orderBy(cohorts.id)
    .all();
}

function addTeam(calendar: ICalCalendar, cohort: Cohort, locale: Locale): void {
  const t = serverT(locale);
  const course = getCourse(cohort.courseId);
  const due = moduleDueDatesOf(cohort.id);
  const lastDue = Object.values(due).sort().at(-1);
  const meeting = weeklyMeetingOf(cohort);
  if (meeting) {
    const [y, m, d] = nextWeekday(cohort.startDate, meeting.weekday).split("-").map(Number) as [number, number, number];
    const [hh, mm] = meeting.time.split(":").map(Number) as [number, number];
    const start = new TZDate(y, m - 1, d, hh, mm, meeting.timeZone);
    const link = meetingLink(meeting.place);
    calendar.createEvent({
      id: `kumi-meeting-${cohort.id}`,
      summary: t("team:meeting.eventTitle", { team: cohort.name }),
      start,
      end: new TZDate(start.getTime() + MEETING_MINUTES * 60_000, meeting.timeZone),
      timezone: meeting.timeZone,
      location: link ? null : meeting.place || null,
      url: link,
      description: link ?? (meeting.place || null),
      repeating: {
        freq: ICalEventRepeatingFreq.WEEKLY,
        byDay: [BY_DAY[meeting.weekday - 1]!],
        // The team meets until its last module is due.
        until: lastDue ? new TZDate(Date.parse(`${addDays(lastDue, 1)}T00:00:00Z`), "UTC") : undefined,
      },
    });
  }
  for (const module of course?.modules ?? []) {
    const date = due[module.id];
    if (!date) continue;
    calendar.createEvent({
      id: `kumi-due-${cohort.id}-${module.id}`,
      summary: t("team:meeting.dueTitle", { module: module.title[cohort.locale], team: cohort.name }),
      start: dateForDisplay(date),
      allDay: true,
    });
  }
}

/** One calendar of the given teams, with titles in the reader's language. */
export function teamCalendar(teams: Cohort[], locale: Locale, name: string): string {
  const calendar = ical({
    name,
    prodId: { company: "kumi", product: "kumi", language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone (teams meet in different ones): the generator
    // writes a VTIMEZONE for each zone an event names.
    timezone: { name: "", generator: (zone) => tzlib_get_ical_block(zone)[0] ?? null },
  });
  for (const cohort of teams) addTeam(calendar, cohort, locale);
  return calendar.toString();
}
