import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CheckGroup } from "~/components/check-group";
import { FormField } from "~/components/form-field";
import { StatusMessage, useMessage } from "~/components/messages";
import { SessionList } from "~/components/session-list";
import { isValidIsoDate, todayIn } from "~/domain/calendar";
import { formFailure, parseForm, type ActionFailure } from "~/http/form-action.server";
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
  const parsed = await parseForm(request, schema, { arrays: ["attendees"] });
  if (!parsed.ok) return formFailure(parsed);
  logSession(cohort.id, user.id, { ...parsed.data, attendees: parsed.data.attendees.map(Number) });
  return redirect(`/mentor/cohorts/${cohort.id}/sessions?saved`, 303);
}

export default function MentorSessions() {
  const { t } = useTranslation("mentoring");
  const msg = useMessage();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<ActionFailure>();
  const v = (k: string) => failure?.values[k] as string | undefined;
  return (
    <div className="wide">
      <p className="breadcrumb">
        <Link to={`/cohorts/${data.cohort.id}`}>{data.cohort.name}</Link>
      </p>
      <h1>{t("sessions.title", { cohort: data.cohort.name })}</h1>
      {data.saved ? <StatusMessage message={{ key: "mentoring:sessions.saved" }} /> : null}
      <StatusMessage message={failure?.formError} tone="error" />
      {data.canLog ? (
        <Form method="post" className="stack narrow-form">
          <FormField label={t("sessions.date")} name="heldOn" type="date" required defaultValue={v("heldOn") ?? data.today} error={msg(failure?.fieldErrors.heldOn)} />
          <FormField label={t("sessions.minutes")} name="minutes" type="number" min={5} max={600} required defaultValue={v("minutes") ?? "45"} error={msg(failure?.fieldErrors.minutes)} />
          <CheckGroup
            legend={t("sessions.attendees")}
            name="attendees"
            options={data.members.map((m) => ({ value: String(m.id), label: m.name }))}
            checked={Array.isArray(failure?.values.attendees) ? (failure!.values.attendees as string[]) : data.members.map((m) => String(m.id))}
          />
          <div className="field">
            <label htmlFor="notes">{t("sessions.notes")}</label>
            <textarea id="notes" name="notes" rows={5} maxLength={5000} defaultValue={v("notes") ?? ""} />
          </div>
          <button type="submit" className="button">
            {t("sessions.submit")}
          </button>
        </Form>
      ) : null}
      <SessionList sessions={data.sessions} locale={data.locale} />
    </div>
  );
}
