import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { IntentForm, StatusMessage } from "~/components/forms";

import { parseSubmission } from "~/forms/submission.server";
import { requestLocale } from "~/http/locale.server";
import { LOCALE_NAMES } from "~/i18n/config";
import { formCohorts, proposeTeams } from "~/models/cohort-forming.server";
import { getUserById } from "~/models/users.server";
import { requireCourse, requireTrainer } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.course.title} · kumi` : "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  requireTrainer(request, context);
  const course = requireCourse(params.courseId);
  const locale = requestLocale(request, context);
  const { teams, leftovers } = proposeTeams(course.id);
  const name = (userId: number) => getUserById(userId)?.name ?? "?";
  const formed = Number(new URL(request.url).searchParams.get("formed") ?? "-1");
  return {
    course: { id: course.id, title: course.title[locale] },
    teams: teams.map((t) => ({ locale: t.locale, slot: t.slot, members: t.members.map((m) => name(m.userId)) })),
    leftovers: leftovers.map((l) => name(l.userId)),
    formed: formed >= 0 ? formed : null,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = requireTrainer(request, context);
  const course = requireCourse(params.courseId);
  const form = await parseSubmission(request, z.object({ intent: z.literal("form") }));
  if (!form.ok) return form.reply;
  const result = formCohorts(course.id, { createdBy: user.id });
  return redirect(`/trainer/cohorts/form/${course.id}?formed=${result.cohorts.length}`, 303);
}

export default function CohortForming() {
  const { t } = useTranslation("team");
  const { course, teams, leftovers, formed } = useLoaderData<typeof loader>();
  return (
    <div className="wide">
      <p className="breadcrumb">
        <Link to="/trainer/cohorts">{t("trainer.title")}</Link>
      </p>
      <h1>{t("trainer.formTitle", { course: course.title })}</h1>
      {formed !== null ? <StatusMessage>{t("trainer.formed", { count: formed })}</StatusMessage> : null}
      <p>{t("trainer.formIntro")}</p>
      <h2>{t("trainer.proposed")}</h2>
      {teams.length ? (
        <>
          <ol className="entries">
            {teams.map((team, i) => (
              <li key={i}>
                <p className="meta">
                  {LOCALE_NAMES[team.locale]} · {t(`slot.${team.slot}`)} · {team.members.length}
                </p>
                <p>{team.members.join(", ")}</p>
              </li>
            ))}
          </ol>
          <IntentForm id="form-cohorts-form" intent="form">
            <button type="submit" className="button">
              {t("trainer.apply")}
            </button>
          </IntentForm>
        </>
      ) : (
        <p>{t("trainer.noProposal")}</p>
      )}
      {leftovers.length ? (
        <>
          <h2>{t("trainer.leftovers")}</h2>
          <p>{leftovers.join(", ")}</p>
        </>
      ) : null}
    </div>
  );
}
