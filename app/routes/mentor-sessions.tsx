import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getFormProps, useForm } from "@conform-to/react";
import { CheckGroup, Field, FormErrors, StatusMessage, TextareaField } from "~/components/forms";
import { parseSubmission } from "~/forms/submission.server";
import { SessionList } from "~/components/session-list";
import { isValidIsoDate, todayIn } from "~/domain/calendar";

import { requestLocale } from "~/http/locale.server";
import { notFound } from "~/http/responses.server";
import { cohortMembersWithNames } from "~/models/cohorts.server";
import { logSession, sessionsOfCohort, sessionsOfMentor } from "~/models/mentoring/sessions.server";
import { canLogSessions, requireSessionLog } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.cohort.name} · kumi` : "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, role, cohort } = requireSessionLog(request, context, params.cohortId);
  // The active mentor sees their own notes; staff read every mentor's.
  const sessions = role === "mentor" ? sessionsOfMentor(user.id, cohort.id) : sessionsOfCohort(cohort.id);
  return {
    cohort: { id: cohort.id, name: cohort.name },
    canLog: canLogSessions(role),
    members: cohortMembersWithNames(cohort.id).map((m) => ({ id: m.id, name: m.name })),
    sessions: sessions.map((s) => ({ ...s, createdAt: s.createdAt.toISOString() })),
    today: todayIn(cohort.timeZone),
    locale: requestLocale(request, context),
    saved: new URL(request.url).searchParams.has("saved"),
  };
}

const schema = z.object({
  heldOn: z.string().refine(isValidIsoDate, "team:trainer.invalidDate"),
  minutes: z.coerce.number().int().min(5).max(600),
  attendees: z.array(z.string().regex(/^\d+$/)).max(5),
  notes: z.string().trim().max(5000).default(""),
});

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, role, cohort } = requireSessionLog(request, context, params.cohortId);
  if (!canLogSessions(role)) throw notFound();
  const form = await parseSubmission(request, schema);
  if (!form.ok) return form.reply;
  logSession(cohort.id, user.id, { ...form.value, attendees: form.value.attendees.map(Number) });
  return redirect(`/mentor/cohorts/${cohort.id}/sessions?saved`, 303);
}

export default function MentorSessions() {
  const { t } = useTranslation("mentoring");
  const data = useLoaderData<typeof loader>();
  const [form, fields] = useForm<z.input<typeof schema>>({
    id: "session-form",
    lastResult: useActionData<typeof action>(),
    defaultValue: { heldOn: data.today, minutes: "45", attendees: data.members.map((m) => String(m.id)) },
  });
  return (
    <div className="wide">
      <p className="breadcrumb">
        <Link to={`/cohorts/${data.cohort.id}`}>{data.cohort.name}</Link>
      </p>
      <h1>{t("sessions.title", { cohort: data.cohort.name })}</h1>
      {data.saved ? <StatusMessage>{t("sessions.saved")}</StatusMessage> : null}
      <FormErrors form={form} />
      {data.canLog ? (
        <Form method="post" className="stack narrow-form" {...getFormProps(form)}>
          <Field meta={fields.heldOn} label={t("sessions.date")} type="date" required />
          <Field meta={fields.minutes} label={t("sessions.minutes")} type="number" min={5} max={600} required />
          <CheckGroup meta={fields.attendees} legend={t("sessions.attendees")} options={data.members.map((m) => ({ value: String(m.id), label: m.name }))} />
          <TextareaField meta={fields.notes} label={t("sessions.notes")} hint={t("sessions.notesReaders")} rows={5} maxLength={5000} />
          <button type="submit" className="button">
            {t("sessions.submit")}
          </button>
        </Form>
      ) : null}
      <SessionList sessions={data.sessions} locale={data.locale} />
    </div>
  );
}
