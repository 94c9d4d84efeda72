import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getFormProps, useForm } from "@conform-to/react";
import { ConfirmAction } from "~/components/confirm-action";
import { Field, IntentForm, FormErrors, StatusMessage } from "~/components/forms";
import { confirmed } from "~/forms/confirm";
import { message } from "~/forms/message";
import { replyFor } from "~/forms/reply";
import { parseSubmission, replyWith } from "~/forms/submission.server";
import { notFound } from "~/http/responses.server";
import { setInactiveDays } from "~/models/cohorts.server";
import { endMentorship, mentorshipOfCohort, mentorshipsOfCohort, proposeMentor, suggestMentors } from "~/models/mentoring/proposals.server";
import { requireCohortManager } from "~/policies/index.server";
import { PersonName } from "~/components/person-name";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.cohort.name} · kumi` : "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { cohort } = requireCohortManager(request, context, params.cohortId);
  return {
    cohort: { id: cohort.id, name: cohort.name, inactiveDays: cohort.inactiveDays },
    suggestions: suggestMentors(cohort.id),
    history: mentorshipsOfCohort(cohort.id).map((m) => ({ id: m.mentorship.id, name: m.name, state: m.mentorship.state })),
    note: new URL(request.url).searchParams.get("ok"),
  };
}

const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("propose"), mentorId: z.string().regex(/^\d+$/) }),
  // Takes the mentor away from the team: asked first.
  confirmed({ intent: z.literal("end"), mentorshipId: z.string().regex(/^\d+$/) }),
  z.object({ intent: z.literal("inactive"), inactiveDays: z.coerce.number().int().min(1).max(60) }),
]);

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, cohort } = requireCohortManager(request, context, params.cohortId);
  const form = await parseSubmission(request, schema);
  if (!form.ok) return form.reply;
  const input = form.value;
  const back = (ok: string) => redirect(`/trainer/cohorts/${cohort.id}/mentor?ok=${ok}`, 303);
  if (input.intent === "propose") {
    const result = proposeMentor(cohort.id, Number(input.mentorId), user.id);
    if (!result.ok) return replyWith(form.submission, { status: 409, formErrors: [message("mentoring:trainer.notSuggested")] });
    return back("proposed");
  }
  if (input.intent === "inactive") {
    setInactiveDays(cohort.id, input.inactiveDays);
    return back("saved");
  }
  const mentorship = mentorshipOfCohort(cohort.id, Number(input.mentorshipId));
  if (!mentorship) throw notFound();
  endMentorship(mentorship.id);
  return back("saved");
}

export default function CohortMentor() {
  const { t } = useTranslation(["mentoring", "team"]);
  const data = useLoaderData<typeof loader>();
  const [inactiveForm, inactive] = useForm<z.input<typeof schema>>({
    id: "inactive-form",
    lastResult: replyFor(useActionData<typeof action>(), "inactive"),
    defaultValue: { inactiveDays: String(data.cohort.inactiveDays) },
  });
  return (
    <div className="wide">
      <p className="breadcrumb">
        <Link to={`/trainer/cohorts/${data.cohort.id}`}>{data.cohort.name}</Link> · <Link to="/trainer/mentors">{t("trainer.title")}</Link>
      </p>
      <h1>{t("trainer.proposeTitle", { cohort: data.cohort.name })}</h1>
      {data.note === "proposed" ? <StatusMessage>{t("trainer.proposed")}</StatusMessage> : null}
      {data.note === "saved" ? <StatusMessage>{t("team:trainer.saved")}</StatusMessage> : null}
      <h2>{t("trainer.suggestions")}</h2>
      {data.suggestions.length ? (
        <ol className="entries">
          {data.suggestions.map((s) => (
            <li key={s.userId}>
              <IntentForm id={`propose-form-${s.userId}`} intent="propose" row={["mentorId", s.userId]} className="inline-form">
                <span>{t("trainer.suggestion", { name: s.name, free: s.capacityLeft, teams: s.teamsMentored })}</span>
                <button type="submit" className="small-button">
                  {t("trainer.propose")}
                </button>
              </IntentForm>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t("trainer.noSuggestions")}</p>
      )}
      <h2>{t("trainer.history")}</h2>
      <ul className="entries">
        {data.history.map((m) => (
          <li key={m.id}>
            <PersonName name={m.name} /> · {t(`trainer.state.${m.state}`)}
            {m.state === "active" || m.state === "proposed" ? (
              <ConfirmAction
                id={`end-form-${m.id}`}
                intent="end"
                row={["mentorshipId", m.id]}
                label={t("trainer.end")}
                consequence={t(m.state === "active" ? "confirmEnd.trainerConsequence" : "confirmEnd.trainerProposalConsequence", { name: m.name, team: data.cohort.name })}
                confirmLabel={t("confirmEnd.trainerButton", { name: m.name })}
              />
            ) : null}
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/mentor/cohorts/${data.cohort.id}/sessions`}>{t("trainer.sessions")}</Link>
      </p>
      <Form method="post" className="inline-form" {...getFormProps(inactiveForm)}>
        <FormErrors form={inactiveForm} />
        <input type="hidden" name="intent" value="inactive" />
        <Field meta={inactive.inactiveDays} label={t("trainer.inactiveDays")} type="number" min={1} max={60} />
        <button type="submit" className="small-button">
          {t("trainer.saveInactive")}
        </button>
      </Form>
    </div>
  );
}
