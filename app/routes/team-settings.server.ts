import { redirect } from "@remix-run/node";
import { z } from "zod";
import type { TeamSettingsData } from "~/components/team-settings-forms";
import { meetingLink } from "~/domain/weekly-meeting";
import type { Locale } from "~/i18n/config";
import { weekdayNames } from "~/i18n/meeting-format";
import { isTimeZoneId, timeZoneOptions } from "~/i18n/time-zones";
import type { Cohort } from "~/models/cohorts.server";
import { MEETING_PLACE_MAX, TEAM_NAME_MAX, clearWeeklyMeeting, renameCohort, setWeeklyMeeting } from "~/models/team-settings.server";
import type { Weekday } from "~/domain/weekly-meeting";
import type { CohortRole } from "~/policies/index.server";

/** What the rename and meeting forms show for a cohort. */
export function teamSettingsData(cohort: Cohort, locale: Locale): TeamSettingsData {
  return {
    cohortId: cohort.id,
    name: cohort.name,
    meeting: {
      weekday: cohort.meetingWeekday ? String(cohort.meetingWeekday) : "",
      time: cohort.meetingTime ?? "",
      timeZone: cohort.timeZone,
      place: cohort.meetingPlace,
      set: !!cohort.meetingWeekday,
    },
    weekdays: weekdayNames(locale),
    zones: timeZoneOptions(locale),
  };
}

const back = z.enum(["board", "trainer", "settings"]).catch("settings");

export const teamSettingsSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("rename"),
    back,
    name: z.string("team:teamSettings.nameRequired").trim().min(1, "team:teamSettings.nameRequired").max(TEAM_NAME_MAX, "team:teamSettings.nameTooLong"),
  }),
  z.object({
    intent: z.literal("meeting"),
    back,
    weekday: z.string("team:meeting.invalidWeekday").regex(/^[1-7]$/, "team:meeting.invalidWeekday"),
    time: z.string("team:meeting.invalidTime").regex(/^([01]\d|2[0-3]):[0-5]\d$/, "team:meeting.invalidTime"),
    timeZone: z.string("team:trainer.invalidTimeZone").max(64).refine(isTimeZoneId, "team:trainer.invalidTimeZone"),
    place: z
      .string()
      .trim()
      .max(MEETING_PLACE_MAX, "team:meeting.placeTooLong")
      .refine((p) => !/^https?:/i.test(p) || meetingLink(p) !== null, "team:meeting.invalidLink")
      .default(""),
  }),
  z.object({ intent: z.literal("clearMeeting"), back }),
]);

type Input = z.output<typeof teamSettingsSchema>;

/** Carries out a rename or meeting change (the route has checked who may) and says where to go next. */
export function handleTeamSettings(input: Input, cohortId: number, role: CohortRole) {
  let note: string;
  switch (input.intent) {
    case "rename":
      renameCohort(cohortId, input.name);
      note = "renamed";
      break;
    case "meeting":
      setWeeklyMeeting(cohortId, { weekday: Number(input.weekday) as Weekday, time: input.time, timeZone: input.timeZone, place: input.place });
      note = "saved";
      break;
    case "clearMeeting":
      clearWeeklyMeeting(cohortId);
      note = "removed";
      break;
  }
  if (input.back === "trainer" && role === "staff") return redirect(`/trainer/cohorts/${cohortId}?ok=saved`, 303);
  if (input.back === "board") return redirect(`/cohorts/${cohortId}?team=${note}#meeting`, 303);
  return redirect(`/cohorts/${cohortId}/settings?team=${note}`, 303);
}
