import { Link } from "@remix-run/react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { IntentForm } from "~/components/forms";
import { ProgressBar } from "~/components/progress-bar";
import { formatDate, formatPercent } from "~/i18n/format";
import { useBoardData } from "./board-data";
import { ScrollRegion } from "~/components/scroll-region";
import { Fold } from "~/components/fold";

const CELL_SYMBOL = { done: "✓", started: "◐", none: "–" } as const;

/** Who has fallen behind the team's pace or gone quiet, with a friendly nudge for them. */
export function WhoIsBehind() {
  const { t } = useTranslation("team");
  const { board, role, nudged } = useBoardData();
  const behind = board.members.filter((m) => m.behindBy > 0 || m.quiet).sort((a, b) => b.behindBy - a.behindBy);
  return (
    <section aria-labelledby="behind-title" id="behind">
      <h2 id="behind-title">{t("behind.title")}</h2>
      {behind.length ? (
        <ul className="behind-list">
          {behind.map((m) => (
            <li key={m.id}>
              <span>
                <strong>{m.name}</strong> {m.isViewer ? t("board.you") : null} ·{" "}
                {m.behindBy > 0 ? <span className="behind">{t("board.behind", { count: m.behindBy })}</span> : null}
                {m.behindBy > 0 && m.quiet ? " · " : null}
                {m.quiet ? <span className="quiet">{t("board.quiet")}</span> : null}
              </span>
              {role === "member" && !m.isViewer && !m.former && !nudged.includes(m.id) ? (
                <IntentForm id={`nudge-form-${m.id}`} intent="nudge" row={["to", m.id]} className="inline-form">
                  <button type="submit" className="small-button">
                    {t("behind.nudge")}
                    <span className="visually-hidden"> — {m.name}</span>
                  </button>
                </IntentForm>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("behind.nobody")}</p>
      )}
    </section>
  );
}

/** Who is in the team and how far each has come. */
export function Members() {
  const { t } = useTranslation("team");
  const { board, locale } = useBoardData();
  return (
    <Fold id="members" title={t("board.membersHeading")} note={t("behind.memberCount", { count: board.members.length })}>
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
          </li>
        ))}
      </ul>
    </Fold>
  );
}

/** Every lesson against every member: done, started or not yet. */
export function BoardGrid({ day }: { day: (date: string) => string }) {
  const { t } = useTranslation(["team", "courses"]);
  const { board } = useBoardData();
  const { cohort } = board;
  return (
    <Fold id="board-grid" title={t("board.title")} note={t("grid.note")}>
      <p className="meta">{t("board.legend")}</p>
      <p className="scroll-hint" id="grid-hint">
        {t("grid.scrollHint", { count: board.members.length })}
      </p>
      <ScrollRegion describedBy="grid-hint">
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
      </ScrollRegion>
    </Fold>
  );
}
