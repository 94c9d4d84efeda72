import { getFormProps, useForm } from "@conform-to/react";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { replyFor, type FormReply } from "~/forms/reply";
import type { TimeZoneOption } from "~/i18n/time-zones";
import { Field, FormErrors, SelectField } from "./forms";
import { TimeZoneSelect } from "./time-zone-select";

/** What the forms need, as the team-settings loader (teamSettingsData) gives it. */
export interface TeamSettingsData {
  cohortId: number;
  name: string;
  meeting: { weekday: string; time: string; timeZone: string; place: string; set: boolean };
  weekdays: string[];
  zones: TimeZoneOption[];
}

/**
 * Renaming a team and setting its weekly meeting, for staff and the team's
 * mentor. The forms post to /cohorts/:id/settings from wherever they are
 * shown; `back` says where to return after success. A refused form is shown
 * again on that settings page, with what was typed.
 */
export function TeamSettingsForms({ data, back }: { data: TeamSettingsData; back: "board" | "trainer" | "settings" }) {
  const { t } = useTranslation("team");
  const reply = useActionData<FormReply>();
  const action = `/cohorts/${data.cohortId}/settings`;
  const [renameForm, renameFields] = useForm<{ intent: string; name: string }>({
    id: `rename-form-${data.cohortId}`,
    lastResult: replyFor(reply, "rename"),
    defaultValue: { name: data.name },
  });
  const [meetingForm, meetingFields] = useForm<{ intent: string; weekday: string; time: string; timeZone: string; place: string }>({
    id: `meeting-form-${data.cohortId}`,
    lastResult: replyFor(reply, "meeting"),
    defaultValue: data.meeting,
  });
  return (
    <div className="team-settings">
      <FormErrors form={renameForm} />
      <Form method="post" action={action} className="stack narrow-form" {...getFormProps(renameForm)}>
        <input type="hidden" name="intent" value="rename" />
        <input type="hidden" name="back" value={back} />
        <Field meta={renameFields.name} label={t("teamSettings.rename")} required maxLength={80} />
        <button type="submit" className="button">
          {t("teamSettings.renameSubmit")}
        </button>
      </Form>

      <h3>{t("meeting.title")}</h3>
      <FormErrors form={meetingForm} />
      <Form method="post" action={action} className="stack narrow-form" {...getFormProps(meetingForm)}>
        <input type="hidden" name="intent" value="meeting" />
        <input type="hidden" name="back" value={back} />
        <SelectField meta={meetingFields.weekday} label={t("meeting.weekday")} required>
          <option value="">—</option>
          {data.weekdays.map((name, i) => (
            <option key={name} value={String(i + 1)}>
              {name}
            </option>
          ))}
        </SelectField>
        <Field meta={meetingFields.time} label={t("meeting.time")} type="time" required />
        <TimeZoneSelect meta={meetingFields.timeZone} label={t("meeting.timeZone")} zones={data.zones} />
        <Field meta={meetingFields.place} label={t("meeting.place")} hint={t("meeting.placeHint")} maxLength={500} />
        <button type="submit" className="button">
          {t("meeting.save")}
        </button>
      </Form>
      {data.meeting.set ? (
        <Form method="post" action={action}>
          <input type="hidden" name="intent" value="clearMeeting" />
          <input type="hidden" name="back" value={back} />
          <button type="submit" className="small-button">
            {t("meeting.remove")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
