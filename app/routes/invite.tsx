import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StatusMessage } from "~/components/messages";
import { getCourse } from "~/curriculum/index.server";
import { TEAM_SIZE } from "#db/values";
import { formFailure, parseForm } from "~/http/form-action.server";
import { requestLocale } from "~/http/locale.server";
import { dateForDisplay } from "~/domain/calendar";
import { formatDate, languageName } from "~/i18n/format";
import { cohortMemberIds, isCohortMember, joinCohort } from "~/models/cohorts.server";
import { allowAnyone, requireInviteLink, requireSignedIn } from "~/policies/index.server";
import { z } from "zod";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.cohort.name} · kumi` : "kumi" }, { name: "robots", content: "noindex" }];

// Anyone holding the link may see what they are joining (that is what the link
// is for); joining itself needs an account.
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const cohort = requireInviteLink(params.code);
  const viewer = allowAnyone(request, context);
  const locale = requestLocale(request, context);
  const course = getCourse(cohort.courseId);
  return {
    cohort: {
      name: cohort.name,
      courseTitle: course?.title[locale] ?? cohort.courseId,
      locale: cohort.locale,
      slot: cohort.meetingSlot,
      startDate: cohort.startDate,
      state: cohort.state,
      taken: cohortMemberIds(cohort.id).length,
    },
    member: viewer ? isCohortMember(cohort.id, viewer.id) : false,
    cohortId: cohort.id,
    courseId: cohort.courseId,
    signedIn: !!viewer,
    path: new URL(request.url).pathname,
    locale,
    total: TEAM_SIZE,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = requireSignedIn(request, context);
  const cohort = requireInviteLink(params.code);
  const parsed = await parseForm(request, z.object({}));
  if (!parsed.ok) return formFailure(parsed);
  const result = joinCohort(cohort.id, user.id);
  if (result.ok) return redirect(`/cohorts/${cohort.id}?joined`, 303);
  const key = { full: "team:invite.full", finished: "team:invite.finished", inOtherCohort: "team:invite.inOtherTeam" }[result.reason];
  return formFailure({ status: 409, formError: { key, params: { name: result.cohort.name } } });
}

export default function Invite() {
  const { t } = useTranslation("team");
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<{ formError?: { key: string; params?: Record<string, string> } }>();
  const { cohort, member, signedIn, locale, total } = data;
  const here = data.path;
  return (
    <div className="narrow">
      <h1>{t("invite.title", { name: cohort.name })}</h1>
      <ul className="facts">
        <li>{t("invite.course", { course: cohort.courseTitle })}</li>
        <li>{t("invite.language", { language: languageName(locale, cohort.locale) })}</li>
        <li>{t("invite.meeting", { slot: t(`slot.${cohort.slot}`) })}</li>
        <li>{t("invite.starts", { date: formatDate(locale, dateForDisplay(cohort.startDate), "UTC") })}</li>
        <li>{t("invite.seats", { taken: cohort.taken, total })}</li>
      </ul>
      <StatusMessage message={failure?.formError} tone="error" />
      {failure?.formError?.key === "team:invite.full" ? (
        <p>
          <Link to={`/courses/${data.courseId}/join`}>{t("invite.waitingList")}</Link>
        </p>
      ) : null}
      {member ? (
        <p>
          <Link className="button" to={`/cohorts/${data.cohortId}`}>
            {t("learn.openBoard")}
          </Link>
        </p>
      ) : signedIn ? (
        <Form method="post">
          <button type="submit" className="button">
            {t("invite.submit")}
          </button>
        </Form>
      ) : (
        <p className="notice">
          {t("invite.signUpFirst")}{" "}
          <Link to={`/signup?redirectTo=${encodeURIComponent(here)}`}>{t("common:nav.signup")}</Link> ·{" "}
          <Link to={`/login?redirectTo=${encodeURIComponent(here)}`}>{t("common:nav.login")}</Link>
        </p>
      )}
    </div>
  );
}
