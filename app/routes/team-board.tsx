import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StatusMessage } from "~/components/forms";
import { CheckIns } from "~/components/team-board/check-ins";
import { HelpRequests } from "~/components/team-board/help-requests";
import { BoardGrid, Members, WhoIsBehind } from "~/components/team-board/members";
import { SessionFeedback } from "~/components/team-board/session-feedback";
import { ThisWeek } from "~/components/team-board/this-week";
import { TeamMeeting } from "~/components/team-meeting";
import { parseSubmission } from "~/forms/submission.server";
import { dateForDisplay, todayIn, weekStart } from "~/domain/calendar";

import { requestLocale } from "~/http/locale.server";
import { notFound } from "~/http/responses.server";
import { oncePerSubmission } from "~/http/submission-key.server";
import { formatDate } from "~/i18n/format";
import { serverT } from "~/i18n/resources.server";

import { submissionsOfCohort } from "~/models/exercises.server";
import { checkInsOf, helpRequestsOf, recentlyNudged, thisWeeksCheckIn } from "~/models/team-life.server";
import { activeMentorOf } from "~/models/mentoring/proposals.server";
import { sessionsOfMentee } from "~/models/mentoring/sessions.server";
import { canManageTeam, canOnBoard, requireCohortViewer } from "~/policies/index.server";
import { describeMeeting } from "~/i18n/meeting-format";
import { viewerTimeZone, weeklyMeetingOf } from "~/models/team-settings.server";
import { teamSettingsData } from "./team-settings.server";
import { teamBoard } from "~/models/team-board.server";
import { NOTES, handleTeamBoardIntent, teamBoardSchema } from "./team-board.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.board.cohort.name} · kumi` : "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, cohort, role } = requireCohortViewer(request, context, params.cohortId);
  const cohortId = cohort.id;
  const locale = requestLocale(request, context);
  const board = teamBoard(cohortId, user.id, locale);
  if (!board) throw notFound();
  // A deleted account keeps its place and progress in the team, under no name.
  const formerMember = serverT(locale)("account:formerMember");
  for (const m of board.members) if (m.former) m.name = formerMember;
  const url = new URL(request.url);
  const note = NOTES.find((n) => url.searchParams.has(n) || url.searchParams.get("ok") === n) ?? null;
  const nudged = recentlyNudged(user.id);
  const checkIns = checkInsOf(cohortId);
  const currentWeek = weekStart(todayIn(cohort.timeZone));
  const weekly = weeklyMeetingOf(cohort);
  return {
    board,
    role,
    locale,
    note,
    viewerId: user.id,
    nudged: board.members.filter((m) => nudged.has(m.id)).map((m) => m.id),
    checkIns: checkIns.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    myCheckIn: role === "member" ? thisWeeksCheckIn(cohortId, user.id) : null,
    checkedInThisWeek: checkIns.filter((c) => c.week === currentWeek).map((c) => c.userId),
    help: helpRequestsOf(cohortId).map((h) => ({
      ...h,
      createdAt: h.createdAt.toISOString(),
      replies: h.replies.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    })),
    toReview: submissionsOfCohort(cohortId)
      .filter((s) => s.state === "submitted" && s.userId !== user.id)
      .map((s) => ({ id: s.id, authorName: s.authorName, lessonId: s.lessonId, lessonTitle: board.modules.flatMap((m) => m.lessons).find((l) => l.id === s.lessonId)?.title ?? s.lessonId })),
    inviteUrl: role === "staff" ? `${url.origin}/join/${cohort.inviteCode}` : null,
    mentor: activeMentorOf(cohortId),
    mySessions: role === "member" ? sessionsOfMentee(user.id, cohortId) : [],
    currentWeek,
    meeting: weekly ? describeMeeting(weekly, locale, viewerTimeZone(user.id), serverT(locale)) : null,
    teamSettings: canManageTeam(role) ? teamSettingsData(cohort, locale) : null,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, cohort, role } = requireCohortViewer(request, context, params.cohortId);
  const form = await parseSubmission(request, teamBoardSchema);
  if (!form.ok) return form.reply;
  const input = form.value;
  if (!canOnBoard(role, input.intent)) throw notFound();
  return oncePerSubmission(request, user.id, () => handleTeamBoardIntent(input, { user, cohortId: cohort.id, role, submission: form.submission }));
}

export default function TeamBoard() {
  const { t } = useTranslation(["team", "mentoring"]);
  const data = useLoaderData<typeof loader>();
  const { board, locale, note } = data;
  const { cohort } = board;
  const day = (date: string) => formatDate(locale, dateForDisplay(date), "UTC");
  return (
    <div className="wide board">
      <p className="breadcrumb">
        <Link to={`/courses/${cohort.courseId}`}>{cohort.courseTitle}</Link>
      </p>
      <h1>{cohort.name}</h1>
      <p className="meta">
        {t(`state.${cohort.state}`)} · {t(`slot.${cohort.meetingSlot}`)}
        {cohort.meetingNote ? <> · {t("board.meetingNote", { note: cohort.meetingNote })}</> : null}
      </p>
      {note ? (
        <StatusMessage>{t(note === "joined" ? "team:invite.joined" : note === "feedbackSaved" ? "mentoring:mentee.feedbackSaved" : `team:board.${note}`)}</StatusMessage>
      ) : null}
      <TeamMeeting cohortId={cohort.id} meeting={data.meeting} settings={data.teamSettings} />
      {data.mentor ? <p className="notice">{t("mentoring:board.yourMentor", { name: data.mentor.name })}</p> : null}
      {data.inviteUrl ? (
        <p className="notice">
          {t("board.invite")}: <code>{data.inviteUrl}</code>
        </p>
      ) : null}
      {/* Most useful first on a phone: this week, who is behind, open help requests; the rest folds away. */}
      <ThisWeek day={day} />
      <WhoIsBehind />
      <HelpRequests />
      <section aria-labelledby="reviews">
        <h2 id="reviews">{t("board.submissions")}</h2>
        {data.toReview.length ? (
          <ul>
            {data.toReview.map((s) => (
              <li key={s.id}>
                {s.authorName} — {s.lessonTitle} ·{" "}
                <Link to={`/cohorts/${cohort.id}/submissions/${s.id}`}>{t("board.review")}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="meta">{t("board.noSubmissions")}</p>
        )}
      </section>
      <h2 id="more-title">{t("boardMore.title")}</h2>
      <BoardGrid day={day} />
      <Members />
      <CheckIns day={day} />
      <SessionFeedback day={day} />
    </div>
  );
}
