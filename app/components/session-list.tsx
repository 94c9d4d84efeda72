import { useTranslation } from "react-i18next";
import { dateForDisplay } from "~/domain/calendar";
import type { Locale } from "~/i18n/config";
import { formatDate } from "~/i18n/format";
import { PersonName } from "~/components/person-name";

/** Mentor session log entries, with notes and mentees' feedback (their mentor, trainers and admins only). */
export function SessionList({
  sessions,
  locale,
}: {
  sessions: { id: number; heldOn: string; minutes: number; notes: string; cohortName: string; attendees: { userId: number; name: string; rating: number | null; thanks: string | null }[] }[];
  locale: Locale;
}) {
  const { t } = useTranslation("mentoring");
  if (!sessions.length) return <p className="meta">{t("sessions.none")}</p>;
  return (
    <>
      <p className="meta">{t("sessions.listReaders")}</p>
      <ul className="entries">
        {sessions.map((s) => (
          <li key={s.id}>
            <p className="meta">
              {s.cohortName ? <>{s.cohortName} · </> : null}
              {t("sessions.entry", { date: formatDate(locale, dateForDisplay(s.heldOn), "UTC"), minutes: s.minutes, count: s.attendees.length })}
            </p>
            <p>{s.attendees.map((a) => a.name).join(", ")}</p>
            {s.notes ? <p className="answer-text">{s.notes}</p> : null}
            {s.attendees.some((a) => a.rating || a.thanks) ? (
              <div>
                <p className="meta">{t("sessions.feedback")}</p>
                <ul>
                  {s.attendees
                    .filter((a) => a.rating || a.thanks)
                    .map((a) => (
                      <li key={a.userId}>
                        <PersonName name={a.name} />: {a.rating ? t("sessions.rating", { rating: a.rating }) : null} {a.thanks}
                      </li>
                    ))}
              </ul>
            </div>
          ) : null}
        </li>
      ))}
      </ul>
    </>
  );
}
