import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { getConnection } from "#db/client";
import { mentorships } from "#db/schema";
import { moduleDueDatesOf } from "~/models/cohort-due-dates.server";
import { autoTeamName, formCohorts } from "~/models/cohort-forming.server";
import { createCohort, getCohort, joinCohort } from "~/models/cohorts.server";
import { requestEnrolment } from "~/models/enrolment.server";
import { calendarFeedOwner, createCalendarFeed, revokeCalendarFeed } from "~/models/calendar/feed-secret.server";
import { calendarCohortsOf, teamCalendar } from "~/models/calendar/team-calendar.server";
import { meetingProblems, renameCohort, setWeeklyMeeting, teamNameProblem, viewerTimeZone } from "~/models/team-settings.server";
import { createUser } from "~/models/users.server";
import { zonedInstant } from "~/domain/weekly-meeting";

let n = 0;
const person = (locale: "en" | "uk" | "ja" = "uk") => createUser({ name: `Member ${++n}`, email: `m${n}@example.org`, password: "long enough", locale });

/** Parses with ical.js, a parser independent of the library that wrote the file. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
}

describe("team names in the team's language", () => {
  it("names formed teams without English slot words", async () => {
    expect(autoTeamName("Автоматизація без коду", "uk", "weekend", 1)).toBe("Автоматизація без коду · Вихідні · команда 1");
    expect(autoTeamName("ノーコード自動化", "ja", "weekday-evening", 2)).not.toMatch(/[a-z]{3,}/);
    const learners = await Promise.all(Array.from({ length: 3 }, () => person("uk")));
    for (const u of learners) requestEnrolment({ userId: u.id, courseId: "rpa-foundations", languages: ["uk"], slots: ["weekend"], timeZone: "Europe/Kyiv" });
    const [team] = formCohorts("rpa-foundations", { startDate: "2026-12-07" }).cohorts;
    expect(team!.name).toMatch(/ · Вихідні · команда 1$/);
    expect(team!.name).not.toContain("weekend");
    expect(viewerTimeZone(learners[0]!.id)).toBe("Europe/Kyiv");
  }, 90_000);

  it("renames a team and refuses empty or overlong names", () => {
    const cohort = createCohort({ courseId: "rpa-foundations", name: "Old", locale: "uk", meetingSlot: "weekend", startDate: "2026-11-02" });
    expect(teamNameProblem("   ")).toBe("empty");
    expect(teamNameProblem("x".repeat(81))).toBe("tooLong");
    expect(() => renameCohort(cohort.id, " ")).toThrow();
    renameCohort(cohort.id, "  Сакура  ");
    expect(getCohort(cohort.id)!.name).toBe("Сакура");
  });
});

describe("weekly meetings", () => {
  it("checks the day, time, zone and link", () => {
    expect(meetingProblems({ weekday: 2, time: "19:30", timeZone: "Europe/Kyiv", place: "https://meet.example.org/abc" })).toEqual({});
    expect(meetingProblems({ weekday: 2, time: "19:30", timeZone: "Europe/Kyiv", place: "Room 2, community centre" })).toEqual({});
    expect(meetingProblems({ weekday: 8, time: "24:00", timeZone: "Mars/Base", place: "https://exa mple" })).toEqual({
      weekday: "weekday",
      time: "time",
      timeZone: "timeZone",
      place: "link",
    });
  });

  it("finds the instant of a wall-clock time, also around a clock change", () => {
    expect(zonedInstant("2026-03-24", "19:00", "Europe/Kyiv").toISOString()).toBe("2026-03-24T17:00:00.000Z"); // before summer time
    expect(zonedInstant("2026-03-31", "19:00", "Europe/Kyiv").toISOString()).toBe("2026-03-31T16:00:00.000Z"); // after
    expect(zonedInstant("2026-12-01", "10:00", "Asia/Tokyo").toISOString()).toBe("2026-12-01T01:00:00.000Z");
  });

  it("writes an iCalendar file with the weekly meeting in the team's zone and the due dates", async () => {
    const cohort = createCohort({ courseId: "rpa-foundations", name: "Команда Київ", locale: "uk", meetingSlot: "weekday-evening", startDate: "2026-03-02" });
    setWeeklyMeeting(cohort.id, { weekday: 2, time: "19:00", timeZone: "Europe/Kyiv", place: "https://meet.example.org/kyiv" });
    const ics = teamCalendar([getCohort(cohort.id)!], "uk", "kumi");
    expect(ics).toContain("BEGIN:VTIMEZONE");
    const events = parse(ics);
    const meeting = events.find((e) => e.isRecurring())!;
    expect(meeting.summary).toBe("Зустріч команди: Команда Київ");
    expect(meeting.component.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Kyiv");
    expect(meeting.startDate.zone.tzid).toBe("Europe/Kyiv");
    expect(meeting.startDate.toString()).toBe("2026-03-03T19:00:00");
    const rule = meeting.component.getFirstPropertyValue("rrule") as ICAL.Recur;
    expect(rule.freq).toBe("WEEKLY");
    expect(rule.getComponent("byday")).toEqual(["TU"]);
    // The parser's own zone rules: 19:00 in Kyiv is 17:00 UTC in winter, 16:00 in summer.
    const it = meeting.iterator();
    const first = it.next()!;
    const afterChange = [it.next(), it.next(), it.next(), it.next()].at(-1)!;
    expect(first.toJSDate().toISOString()).toBe("2026-03-03T17:00:00.000Z");
    expect(afterChange.toJSDate().toISOString()).toBe("2026-03-31T16:00:00.000Z");

    const due = moduleDueDatesOf(cohort.id);
    const allDay = events.filter((e) => !e.isRecurring());
    expect(allDay.length).toBe(Object.keys(due).length);
    for (const e of allDay) expect(e.startDate.isDate).toBe(true);
    expect(allDay.map((e) => e.startDate.toString()).sort()).toEqual(Object.values(due).sort());
    // Meetings stop after the last module is due.
    expect(rule.until!.toJSDate().getTime()).toBeGreaterThan(Date.parse(`${Object.values(due).sort().at(-1)}T00:00:00Z`));
  });
});

describe("calendar feeds", () => {
  it("opens a feed only with the current secret, and stores only its hash", { timeout: 60_000 }, async () => {
    const user = await person();
    const first = createCalendarFeed(user.id);
    expect(calendarFeedOwner(first)).toBe(user.id);
    const stored = getConnection().sqlite.prepare("select secret_hash from calendar_feeds where user_id = ?").get(user.id) as { secret_hash: string };
    expect(stored.secret_hash).not.toContain(first);
    const second = createCalendarFeed(user.id);
    expect(calendarFeedOwner(first)).toBeNull();
    expect(calendarFeedOwner(second)).toBe(user.id);
    revokeCalendarFeed(user.id);
    expect(calendarFeedOwner(second)).toBeNull();
    expect(calendarFeedOwner("not a secret")).toBeNull();
  });

  it("holds the teams a person learns in or mentors, not others", { timeout: 60_000 }, async () => {
    const learner = await person();
    const mentor = await person();
    const a = createCohort({ courseId: "rpa-foundations", name: "A", locale: "uk", meetingSlot: "weekend", startDate: "2026-11-02" });
    const b = createCohort({ courseId: "rpa-foundations", name: "B", locale: "uk", meetingSlot: "weekend", startDate: "2026-11-02" });
    const c = createCohort({ courseId: "rpa-foundations", name: "C", locale: "uk", meetingSlot: "weekend", startDate: "2026-11-02" });
    joinCohort(a.id, learner.id);
    getConnection().db.insert(mentorships).values({ cohortId: b.id, mentorId: mentor.id, state: "active" }).run();
    getConnection().db.insert(mentorships).values({ cohortId: c.id, mentorId: mentor.id, state: "ended" }).run();
    expect(calendarCohortsOf(learner.id).map((x) => x.name)).toEqual(["A"]);
    expect(calendarCohortsOf(mentor.id).map((x) => x.name)).toEqual(["B"]);
  });
});
