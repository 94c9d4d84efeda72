import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useBoardData } from "./board-data";

/** What a member should get done this week, overdue modules first marked. */
export function ThisWeek({ day }: { day: (date: string) => string }) {
  const { t } = useTranslation("team");
  const { board } = useBoardData();
  return (
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
                    <Link to={`/courses/${board.cohort.courseId}/lessons/${l.id}`}>{l.title}</Link>
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
  );
}
