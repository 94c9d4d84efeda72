import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { IntentForm } from "~/components/forms";
import { message } from "~/forms/message";
import { replyWith } from "~/forms/submission.server";
import { getCourse } from "~/curriculum/index.server";
import { TEAM_SIZE } from "#db/values";
import { parseSubmission } from "~/forms/submission.server";
import { requestLocale } from "~/http/locale.server";
import { dateForDisplay } from "~/domain/calendar";
import { formatDate, languageName } from "~/i18n/format";
import { cohortMemberIds, isCohortMember, joinCohort } from "~/models/cohorts.server";
import { VERIFY_FIRST_MESSAGE, allowAnyone, canJoinTeam, requireInviteLink, requireSignedIn } from "~/policies/index.server";
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
  const form = await parseSubmission(request, z.object({}));
  if (!form.ok) return form.reply;
  if (!canJoinTeam(user)) return replyWith(form.submission, { status: 403, formErrors: [message(VERIFY_FIRST_MESSAGE)] });
  const result = joinCohort(cohort.id, user.id);
  if (result.ok) return redirect(`/cohorts/${cohort.id}?joined`, 303);
  const key = { full: "team:invite.full", finished: "team:invite.finished", inOtherCohort: "team:invite.inOtherTeam" }[result.reason];
  return replyWith(form.submission, { status: 409, formErrors: [message(key, { name: result.cohort.name })] });
}

export default function Invite() {
  const { t } = useTranslation("team");
  const data = useLoaderData<typeof loader>();
  const full = useActionData<typeof action>()?.error?.[""]?.[0]?.startsWith("team:invite.full");
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
      {full ? (
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
        <IntentForm id="join-team-form">
          <button type="submit" className="button">
            {t("invite.submit")}
          </button>
        </IntentForm>
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
