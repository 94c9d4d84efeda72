import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getFormProps, useForm } from "@conform-to/react";
import { Field, FormErrors, IntentForm, StatusMessage } from "~/components/forms";
import { TeamSettingsForms } from "~/components/team-settings-forms";
import { dateForDisplay } from "~/domain/calendar";
import { formatDate } from "~/i18n/format";
import { teamSettingsData } from "./team-settings.server";
import { message } from "~/forms/message";
import { replyFor } from "~/forms/reply";
import { parseSubmission, replyWith } from "~/forms/submission.server";
import { getCourse } from "~/curriculum/index.server";
import { COHORT_STATES, TEAM_SIZE } from "#db/values";

import { requestLocale } from "~/http/locale.server";
import { LOCALE_NAMES } from "~/i18n/config";
import { moduleDueDatesOf, setModuleDueDates } from "~/models/cohort-due-dates.server";
import {
  cohortMembersWithNames,
  listCohorts,
  moveLearner,
  renewInviteCode,
  setCohortState,
} from "~/models/cohorts.server";
import { requireCohortManager } from "~/policies/index.server";
import { ShareLink } from "~/components/share-link";
import { qrCode } from "~/http/qr-code.server";
import { PersonName } from "~/components/person-name";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.cohort.name} · kumi` : "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { cohort } = requireCohortManager(request, context, params.cohortId);
  const locale = requestLocale(request, context);
  const course = getCourse(cohort.courseId);
  const due = moduleDueDatesOf(cohort.id);
  const url = new URL(request.url);
  return {
    cohort: { ...cohort, createdAt: cohort.createdAt.toISOString() },
    courseTitle: course?.title[locale] ?? cohort.courseId,
    modules: (course?.modules ?? []).map((m) => ({ id: m.id, title: m.title[locale], due: due[m.id] ?? "" })),
    members: cohortMembersWithNames(cohort.id).map((m) => ({ id: m.id, name: m.name })),
    others: listCohorts({ courseId: cohort.courseId }).filter((c) => c.id !== cohort.id).map((c) => ({ id: c.id, name: c.name, members: c.memberCount })),
    inviteUrl: `${url.origin}/join/${cohort.inviteCode}`,
    inviteQr: qrCode(`${url.origin}/join/${cohort.inviteCode}`),
    note: url.searchParams.get("ok"),
    locale,
    teamSettings: teamSettingsData(cohort, locale),
  };
}

const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("state"), state: z.enum(COHORT_STATES) }),
  z.object({ intent: z.literal("invite") }),
  z.object({ intent: z.literal("move"), userId: z.string().regex(/^\d+$/), to: z.string().regex(/^\d+$/) }),
  z.object({ intent: z.literal("due") }).catchall(z.string()),
]);

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { cohort } = requireCohortManager(request, context, params.cohortId);
  const form = await parseSubmission(request, schema);
  if (!form.ok) return form.reply;
  const back = (ok: string) => redirect(`/trainer/cohorts/${cohort.id}?ok=${ok}`, 303);
  const input = form.value;
  switch (input.intent) {
    case "state":
      setCohortState(cohort.id, input.state);
      return back("saved");
    case "invite":
      renewInviteCode(cohort.id);
      return back("saved");
    case "move": {
      const result = moveLearner(Number(input.userId), cohort.id, Number(input.to));
      if (!result.ok) return replyWith(form.submission, { status: 409, formErrors: [message(result.reason === "full" ? "team:trainer.moveFull" : "common:form.invalid")] });
      return back("moved");
    }
    case "due": {
      const result = setModuleDueDates(cohort.id, (moduleId) => input[`due_${moduleId}`]);
      if (!result.ok) {
        return replyWith(form.submission, { fieldErrors: Object.fromEntries(result.invalid.map((id) => [`due_${id}`, [message("team:trainer.invalidDate")]])) });
      }
      return back("saved");
    }
  }
}

export default function TrainerCohort() {
  const { t } = useTranslation(["team", "mentoring"]);
  const data = useLoaderData<typeof loader>();
  const { cohort } = data;
  const [dueForm, due] = useForm<Record<string, string>>({
    id: "due-form",
    lastResult: replyFor(useActionData<typeof action>(), "due"),
    defaultValue: Object.fromEntries(data.modules.map((m) => [`due_${m.id}`, m.due])),
  });
  return (
    <div className="wide">
      <p className="breadcrumb">
        <Link to="/trainer/cohorts">{t("trainer.title")}</Link>
      </p>
      <h1>{t("trainer.cohortTitle", { name: cohort.name })}</h1>
      <p className="meta">
        {data.courseTitle} · {LOCALE_NAMES[cohort.locale]} · {t(`slot.${cohort.meetingSlot}`)} · {formatDate(data.locale, dateForDisplay(cohort.startDate), "UTC")} · {t(`state.${cohort.state}`)}
      </p>
      {data.note === "saved" || data.note === "moved" ? <StatusMessage>{t(`trainer.${data.note}`)}</StatusMessage> : null}
      <p className="actions">
        <Link to={`/cohorts/${cohort.id}`}>{t("trainer.board")}</Link> <Link to={`/trainer/cohorts/${cohort.id}/mentor`}>{t("mentoring:trainer.findMentor")}</Link>
      </p>

      <h2>{t("teamSettings.title")}</h2>
      <TeamSettingsForms data={data.teamSettings} back="trainer" />

      <h2>{t("trainer.inviteLink")}</h2>
      <ShareLink label={t("trainerInvite.label")} url={data.inviteUrl} qr={data.inviteQr} />
      <IntentForm id="invite-form" intent="invite">
        <button type="submit" className="small-button">
          {t("trainer.renewInvite")}
        </button>
      </IntentForm>

      <h2>{t("trainer.setState")}</h2>
      <IntentForm id="state-form" intent="state" className="inline-form">
        {COHORT_STATES.map((s) => (
          <button key={s} type="submit" name="state" value={s} className="small-button" aria-pressed={cohort.state === s}>
            {t(`state.${s}`)}
          </button>
        ))}
      </IntentForm>

      <h2>
        {t("trainer.members")} ({t("trainer.seats", { taken: data.members.length, total: TEAM_SIZE })})
      </h2>
      <ul className="entries">
        {data.members.map((m) => (
          <li key={m.id}>
            <PersonName name={m.name} />
            {data.others.length ? (
              <IntentForm id={`move-form-${m.id}`} intent="move" row={["userId", m.id]} className="inline-form">
                <label htmlFor={`move-${m.id}`}>{t("trainer.move")}</label>
                <select id={`move-${m.id}`} name="to">
                  {data.others.map((o) => (
                    <option key={o.id} value={o.id} disabled={o.members >= TEAM_SIZE}>
                      {o.name} ({o.members}/{TEAM_SIZE})
                    </option>
                  ))}
                </select>
                <button type="submit" className="small-button">
                  {t("trainer.moveSubmit")}
                </button>
              </IntentForm>
            ) : null}
          </li>
        ))}
      </ul>

      <h2>{t("trainer.dueDates")}</h2>
      <FormErrors form={dueForm} />
      <Form method="post" className="stack narrow-form" {...getFormProps(dueForm)}>
        <input type="hidden" name="intent" value="due" />
        {data.modules.map((m) => (
          <Field key={m.id} meta={due[`due_${m.id}`]!} label={m.title} type="date" required />
        ))}
        <button type="submit" className="button">
          {t("trainer.saveDue")}
        </button>
      </Form>
    </div>
  );
}
