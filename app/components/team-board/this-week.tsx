import { Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { replyFor, type FormReply } from "~/forms/reply";
import { CheckInForm } from "./check-ins";
import { useBoardData } from "./board-data";

/** The learner's own check-in for this week: shown as saved, editable with both fields filled in. */
function MyCheckIn({ day }: { day: (date: string) => string }) {
  const { t } = useTranslation("team");
  const { myCheckIn } = useBoardData();
  const refused = !!replyFor(useActionData<FormReply>(), "checkin");
  if (!myCheckIn) {
    return (
      <div className="card check-in-status" id="my-check-in">
        <p>
          <strong>{t("checkIn.notYet")}</strong>
        </p>
        <CheckInForm day={day} />
      </div>
    );
  }
  return (
    <div className="card check-in-status" id="my-check-in">
      <p className="done">✓ {t("checkIn.done")}</p>
      <dl className="check-in-fields">
        <dt>{t("board.checkInDid")}</dt>
        <dd>{myCheckIn.did}</dd>
        <dt>{t("board.checkInBlockers")}</dt>
        <dd className={myCheckIn.blockers ? "blockers" : "meta"}>{myCheckIn.blockers || t("checkIn.noBlockers")}</dd>
      </dl>
      {/* Open when the last save of this form was refused, so the message and the text are in view. */}
      <details className="fold" open={refused || undefined}>
        <summary>{t("checkIn.edit")}</summary>
        <CheckInForm day={day} saved={myCheckIn} />
      </details>
    </div>
  );
}

/** Who of the team has checked in this week, and who not yet. */
function TeamCheckIns() {
  const { t } = useTranslation("team");
  const { board, checkedInThisWeek } = useBoardData();
  const waiting = board.members.filter((m) => !checkedInThisWeek.includes(m.id));
  return (
    <p className="meta" id="team-check-ins">
      {t("checkIn.teamCount", { count: checkedInThisWeek.length, total: board.members.length })}
      {waiting.length ? <> · {t("checkIn.notYetNames", { names: waiting.map((m) => m.name).join(", ") })}</> : null}
    </p>
  );
}

/** What a member should get done this week, overdue modules first marked. */
function DueThisWeek({ day }: { day: (date: string) => string }) {
  const { t } = useTranslation("team");
  const { board } = useBoardData();
  return board.thisWeek.length ? (
    <ul className="due-list">
      {board.thisWeek.map((item) => (
        <li key={item.moduleId} className={item.overdue ? "overdue" : undefined}>
          <strong>{item.title}</strong> — {item.overdue ? t("board.overdue", { date: day(item.due) }) : t("board.due", { date: day(item.due) })}
          <ul>
            {item.lessons.map((l) => (
              <li key={l.id}>
                <Link to={`/courses/${board.cohort.courseId}/lessons/${l.id}`}>{l.title}</Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  ) : (
    <p>{t("board.nothingDue")}</p>
  );
}

/** The week at a glance, first on the page: one's check-in, the team's, and what is due. */
export function ThisWeek({ day }: { day: (date: string) => string }) {
  const { t } = useTranslation("team");
  const { board, role } = useBoardData();
  return (
    <section aria-labelledby="this-week-title" id="this-week">
      <h2 id="this-week-title">{t("board.thisWeek", { from: day(board.week.from), to: day(board.week.to) })}</h2>
      {role === "member" ? <MyCheckIn day={day} /> : null}
      <TeamCheckIns />
      {role === "member" ? <DueThisWeek day={day} /> : null}
    </section>
  );
}
