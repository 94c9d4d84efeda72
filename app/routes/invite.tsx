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
  const taken = cohortMemberIds(cohort.id).length;
  const member = viewer ? isCohortMember(cohort.id, viewer.id) : false;
  return {
    cohort: {
      name: cohort.name,
      courseTitle: course?.title[locale] ?? cohort.courseId,
      locale: cohort.locale,
      slot: cohort.meetingSlot,
      startDate: cohort.startDate,
      state: cohort.state,
      taken,
    },
    member,
    // Said before anyone presses "join": a team that cannot take them, and where to go instead.
    closed: member ? null : cohort.state === "finished" ? ("finished" as const) : taken >= TEAM_SIZE ? ("full" as const) : null,
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
  const { cohort, member, signedIn, locale, total, closed } = data;
  const here = data.path;
  const waitingList = `/courses/${data.courseId}/join`;
  return (
    <div className="narrow">
      <h1>{t("invite.title", { name: cohort.name })}</h1>
      {closed ? (
        <section className="notice warning" aria-labelledby="invite-closed">
          <h2 id="invite-closed">{t(`inviteClosed.${closed}Title`)}</h2>
          {/* Whoever lost a race for the last seat is told that is what happened. */}
          <p role={full ? "alert" : undefined}>{full ? t("invite.full") : t(`inviteClosed.${closed}`, { total })}</p>
          <p>
            {signedIn ? (
              <Link className="button" to={waitingList}>
                {t("inviteClosed.waitingList")}
              </Link>
            ) : (
              <>
                <Link className="button" to={`/signup?redirectTo=${encodeURIComponent(waitingList)}`}>
                  {t("inviteClosed.signUpForWaitingList")}
                </Link>{" "}
                <Link to={`/login?redirectTo=${encodeURIComponent(waitingList)}`}>{t("common:nav.login")}</Link>
              </>
            )}
          </p>
        </section>
      ) : null}
      <ul className="facts">
        <li>{t("invite.course", { course: cohort.courseTitle })}</li>
        <li>{t("invite.language", { language: languageName(locale, cohort.locale) })}</li>
        <li>{t("invite.meeting", { slot: t(`slot.${cohort.slot}`) })}</li>
        <li>{t("invite.starts", { date: formatDate(locale, dateForDisplay(cohort.startDate), "UTC") })}</li>
        <li>{t("invite.seats", { taken: cohort.taken, total })}</li>
      </ul>
      {full && !closed ? (
        <p>
          <Link to={waitingList}>{t("invite.waitingList")}</Link>
        </p>
      ) : null}
      {closed ? null : member ? (
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
