import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { StatusMessage, useMessage } from "~/components/messages";
import { ProgressBar } from "~/components/progress-bar";
import { dateForDisplay, todayIn, weekStart } from "~/domain/calendar";
import { formFailure, parseForm, type ActionFailure } from "~/http/form-action.server";
import { requestLocale } from "~/http/locale.server";
import { notFound } from "~/http/responses.server";
import { formatDate, formatPercent } from "~/i18n/format";
import { cohortMembersWithNames } from "~/models/cohorts.server";
import { submissionsOfCohort } from "~/models/exercises.server";
import { askForHelp, checkIn, checkInsOf, helpRequestOfCohort, helpRequestsOf, nudge, recentlyNudged, replyToHelp, resolveHelp } from "~/models/team-life.server";
import { activeMentorOf } from "~/models/mentoring/proposals.server";
import { giveSessionFeedback, sessionsOfMentee } from "~/models/mentoring/sessions.server";
import { teamBoard } from "~/models/team-board.server";
import { canCloseHelpRequest, canOnBoard, requireCohortViewer } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.board.cohort.name} · kumi` : "kumi" }];

const NOTES = ["checkInSaved", "helpSent", "nudgeSent", "joined", "feedbackSaved"] as const;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, cohort, role } = requireCohortViewer(request, context, params.cohortId);
  const cohortId = cohort.id;
  const locale = requestLocale(request, context);
  const board = teamBoard(cohortId, user.id, locale);
  if (!board) throw notFound();
  const url = new URL(request.url);
  const note = NOTES.find((n) => url.searchParams.has(n) || url.searchParams.get("ok") === n) ?? null;
  const nudged = recentlyNudged(user.id);
  return {
    board,
    role,
    locale,
    note,
    viewerId: user.id,
    nudged: board.members.filter((m) => nudged.has(m.id)).map((m) => m.id),
    checkIns: checkInsOf(cohortId).map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
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
    currentWeek: weekStart(todayIn(cohort.timeZone)),
  };
}

const text = (max: number) => z.string().trim().min(1).max(max);
const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("checkin"), did: text(2000), blockers: z.string().trim().max(2000).default("") }),
  z.object({ intent: z.literal("help"), body: text(4000) }),
  z.object({ intent: z.literal("reply"), requestId: z.string().regex(/^\d+$/), body: text(4000) }),
  z.object({ intent: z.literal("resolve"), requestId: z.string().regex(/^\d+$/) }),
  z.object({ intent: z.literal("nudge"), to: z.string().regex(/^\d+$/) }),
  z.object({
    intent: z.literal("feedback"),
    sessionId: z.string().regex(/^\d+$/),
    rating: z.enum(["", "1", "2", "3", "4", "5"]).default(""),
    thanks: z.string().trim().max(1000).default(""),
  }),
]);

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, cohort, role } = requireCohortViewer(request, context, params.cohortId);
  const cohortId = cohort.id;
  const parsed = await parseForm(request, schema);
  if (!parsed.ok) return formFailure(parsed);
  const input = parsed.data;
  const back = (ok: (typeof NOTES)[number] | null, hash = "") => redirect(`/cohorts/${cohortId}${ok ? `?ok=${ok}` : ""}${hash}`, 303);
  if (!canOnBoard(role, input.intent)) throw notFound();

  switch (input.intent) {
    case "checkin": {
      checkIn(cohortId, user.id, input.did, input.blockers);
      return back("checkInSaved", "#check-ins");
    }
    case "help": {
      askForHelp(cohortId, user.id, input.body, null);
      return back("helpSent", "#help");
    }
    case "reply":
    case "resolve": {
      const help = helpRequestOfCohort(cohortId, Number(input.requestId));
      if (!help) throw notFound();
      if (input.intent === "reply") replyToHelp(help.id, user.id, input.body);
      else if (canCloseHelpRequest(user, role, help)) resolveHelp(help.id);
      else throw notFound();
      return back(null, `#help-${help.id}`);
    }
    case "feedback": {
      const saved = giveSessionFeedback(Number(input.sessionId), user.id, input.rating ? Number(input.rating) : null, input.thanks || null);
      if (!saved) throw notFound();
      return back("feedbackSaved", "#sessions");
    }
    case "nudge": {
      const result = nudge(cohortId, user.id, Number(input.to));
      if (result.ok) return back("nudgeSent", "#members");
      if (result.reason === "tooSoon") {
        const name = cohortMembersWithNames(cohortId).find((m) => m.id === Number(input.to))?.name ?? "";
        return formFailure({ status: 429, formError: { key: "team:board.nudgeTooSoon", params: { name } } });
      }
      throw notFound();
    }
  }
}

const CELL_SYMBOL = { done: "✓", started: "◐", none: "–" } as const;

export default function TeamBoard() {
  const { t } = useTranslation("team");
  const msg = useMessage();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<ActionFailure>();
  const { board, locale, role, note } = data;
  const { cohort } = board;
  const day = (date: string) => formatDate(locale, dateForDisplay(date), "UTC");
  const isMember = role === "member";
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
        <StatusMessage
          message={{ key: note === "joined" ? "team:invite.joined" : note === "feedbackSaved" ? "mentoring:mentee.feedbackSaved" : `team:board.${note}` }}
        />
      ) : null}
      <StatusMessage message={failure?.formError} tone="error" />
      {data.mentor ? <p className="notice">{t("mentoring:board.yourMentor", { name: data.mentor.name })}</p> : null}
      {data.inviteUrl ? (
        <p className="notice">
          {t("board.invite")}: <code>{data.inviteUrl}</code>
        </p>
      ) : null}

      {isMember ? (
        <section aria-labelledby="this-week">
          <h2 id="this-week">{t("board.thisWeek", { from: day(board.week.from), to: day(board.week.to) })}</h2>
          {board.thisWeek.length ? (
            <ul className="due-list">
              {board.thisWeek.map((item) => (
                <li key={item.moduleId} className={item.overdue ? "overdue" : undefined}>
                  <strong>{item.title}</strong> — {item.overdue ? t("board.overdue", { date: day(item.due) }) : t("board.due", { date: day(item.due) })}
                  <ul>
                    {item.lessons.map((l) => (
                      <li key={l.id}>
                        <Link to={`/courses/${cohort.courseId}/lessons/${l.id}`}>{l.title}</Link>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("board.nothingDue")}</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="members">
        <h2 id="members">{t("board.membersHeading")}</h2>
        <ul className="members">
          {board.members.map((m) => (
            <li key={m.id} className="member">
              <p>
                <strong>{m.name}</strong> {m.isViewer ? t("board.you") : null}
              </p>
              <ProgressBar percent={m.percent} label={t("learn.progress", { percent: formatPercent(locale, m.percent) })} />
              <p className="meta">
                {m.behindBy > 0 ? <span className="behind">{t("board.behind", { count: m.behindBy })}</span> : t("board.onTrack")}
                {m.quiet ? <> · <span className="quiet">{t("board.quiet")}</span></> : null} ·{" "}
                {t("board.lastActive", { date: formatDate(locale, m.lastActiveAt) })}
              </p>
              {isMember && !m.isViewer ? (
                data.nudged.includes(m.id) ? null : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="nudge" />
                    <input type="hidden" name="to" value={m.id} />
                    <button type="submit" className="small-button">
                      {t("board.nudge", { name: m.name })}
                    </button>
                  </Form>
                )
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="board-grid">
        <h2 id="board-grid">{t("board.title")}</h2>
        <p className="meta">{t("board.legend")}</p>
        <div className="table-scroll">
          <table className="grid">
            <thead>
              <tr>
                <th scope="col">{t("courses:outline.modulesHeading")}</th>
                {board.members.map((m) => (
                  <th key={m.id} scope="col" className="member-col">
                    {m.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {board.modules.map((module) => (
                <Fragment key={module.id}>
                  <tr className="module-row">
                    <th scope="colgroup" colSpan={board.members.length + 1}>
                      {module.title}
                      {module.due ? <span className="meta"> · {t("board.moduleDue", { date: day(module.due) })}</span> : null}
                    </th>
                  </tr>
                  {module.lessons.map((lesson) => (
                    <tr key={lesson.id}>
                      <th scope="row">
                        <Link to={`/courses/${cohort.courseId}/lessons/${lesson.id}`}>{lesson.title}</Link>
                        {lesson.isNew ? <span className="badge"> {t("board.new")}</span> : null}
                      </th>
                      {board.members.map((m) => {
                        const cell = m.cells[lesson.id] ?? "none";
                        return (
                          <td key={m.id} className={`cell cell-${cell}`}>
                            <span aria-hidden="true">{CELL_SYMBOL[cell]}</span>
                            <span className="visually-hidden">
                              {m.name}: {t(`board.cell.${cell}`)}
                            </span>
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      </section>

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

      <section aria-labelledby="check-ins" id="check-ins">
        <h2>{t("board.checkIns")}</h2>
        {isMember ? (
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="checkin" />
            <p className="meta">{t("board.checkInWeek", { date: day(data.currentWeek) })}</p>
            <div className={failure?.fieldErrors.did ? "field has-error" : "field"}>
              <label htmlFor="did">{t("board.checkInDid")}</label>
              {failure?.fieldErrors.did ? <p className="error">{msg(failure.fieldErrors.did)}</p> : null}
              <textarea id="did" name="did" rows={3} maxLength={2000} required defaultValue={(failure?.values.did as string) ?? ""} />
            </div>
            <div className="field">
              <label htmlFor="blockers">{t("board.checkInBlockers")}</label>
              <textarea id="blockers" name="blockers" rows={2} maxLength={2000} defaultValue={(failure?.values.blockers as string) ?? ""} />
            </div>
            <button type="submit" className="button">
              {t("board.checkInSubmit")}
            </button>
          </Form>
        ) : null}
        {data.checkIns.length ? (
          <ul className="entries">
            {data.checkIns.map((c) => (
              <li key={c.id}>
                <p className="meta">
                  <strong>{c.name}</strong> · {t("board.checkInWeek", { date: day(c.week) })}
                </p>
                <p>{c.did}</p>
                {c.blockers ? <p className="blockers">{c.blockers}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="meta">{t("board.noCheckIns")}</p>
        )}
      </section>

      <section aria-labelledby="help" id="help">
        <h2>{t("board.help")}</h2>
        {isMember ? (
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="help" />
            <div className={failure?.fieldErrors.body ? "field has-error" : "field"}>
              <label htmlFor="help-body">{t("board.helpBody")}</label>
              {failure?.fieldErrors.body ? <p className="error">{msg(failure.fieldErrors.body)}</p> : null}
              <textarea id="help-body" name="body" rows={3} maxLength={4000} required defaultValue={(failure?.values.body as string) ?? ""} />
            </div>
            <button type="submit" className="button">
              {t("board.helpSubmit")}
            </button>
          </Form>
        ) : null}
        {data.help.length ? (
          <ul className="entries">
            {data.help.map((h) => (
              <li key={h.id} id={`help-${h.id}`} className={h.state === "resolved" ? "resolved" : undefined}>
                <p className="meta">
                  <strong>{h.name}</strong> · {formatDate(locale, h.createdAt)}
                  {h.state === "resolved" ? <> · {t("board.helpResolved")}</> : null}
                </p>
                <p>{h.body}</p>
                {h.replies.length ? (
                  <ul className="replies">
                    {h.replies.map((r) => (
                      <li key={r.id}>
                        <p className="meta">
                          <strong>{r.name}</strong> · {formatDate(locale, r.createdAt)}
                        </p>
                        <p>{r.body}</p>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {h.state === "open" ? (
                  <>
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="intent" value="reply" />
                      <input type="hidden" name="requestId" value={h.id} />
                      <label htmlFor={`reply-${h.id}`} className="visually-hidden">
                        {t("board.helpReply")}
                      </label>
                      <textarea id={`reply-${h.id}`} name="body" rows={2} maxLength={4000} required placeholder={t("board.helpReply")} />
                      <button type="submit" className="small-button">
                        {t("board.helpReplySubmit")}
                      </button>
                    </Form>
                    {h.userId === data.viewerId || role !== "member" ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="resolve" />
                        <input type="hidden" name="requestId" value={h.id} />
                        <button type="submit" className="link-button">
                          {t("board.helpResolve")}
                        </button>
                      </Form>
                    ) : null}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="meta">{t("board.noHelp")}</p>
        )}
      </section>

      {data.mySessions.length ? (
        <section aria-labelledby="sessions" id="sessions">
          <h2>{t("mentoring:mentee.sessions")}</h2>
          <p className="meta">{t("mentoring:mentee.feedbackPrivate")}</p>
          <ul className="entries">
            {data.mySessions.map((session) => (
              <li key={session.id}>
                <p>
                  {t("mentoring:mentee.session", { date: day(session.heldOn), name: session.mentorName, minutes: session.minutes })}
                </p>
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="feedback" />
                  <input type="hidden" name="sessionId" value={session.id} />
                  <label htmlFor={`rating-${session.id}`}>{t("mentoring:mentee.rating")}</label>
                  <select id={`rating-${session.id}`} name="rating" defaultValue={session.rating ? String(session.rating) : ""}>
                    <option value="">—</option>
                    {[5, 4, 3, 2, 1].map((r) => (
                      <option key={r} value={r}>
                        {"★".repeat(r)}
                      </option>
                    ))}
                  </select>
                  <label htmlFor={`thanks-${session.id}`} className="visually-hidden">
                    {t("mentoring:mentee.thanks")}
                  </label>
                  <input id={`thanks-${session.id}`} name="thanks" type="text" maxLength={1000} placeholder={t("mentoring:mentee.thanks")} defaultValue={session.thanks ?? ""} />
                  <button type="submit" className="small-button">
                    {t("mentoring:mentee.send")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
