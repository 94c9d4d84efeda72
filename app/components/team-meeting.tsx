import { useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { MeetingView } from "~/i18n/meeting-format";
import { StatusMessage } from "./forms";
import { TeamSettingsForms, type TeamSettingsData } from "./team-settings-forms";

const NOTES = { renamed: "teamSettings.renamed", saved: "meeting.saved", removed: "meeting.removed" } as const;

/**
 * The team's weekly meeting on its board: when (also in the reader's own
 * zone), where, a calendar file; for staff and the mentor, the forms to
 * rename the team and change the meeting, folded away.
 */
export function TeamMeeting({ cohortId, meeting, settings }: { cohortId: number; meeting: MeetingView | null; settings: TeamSettingsData | null }) {
  const { t } = useTranslation("team");
  const note = useSearchParams()[0].get("team");
  return (
    <section aria-labelledby="meeting" className="team-meeting">
      <h2 id="meeting">{t("meeting.title")}</h2>
      {note && note in NOTES ? <StatusMessage>{t(NOTES[note as keyof typeof NOTES])}</StatusMessage> : null}
      {meeting ? (
        <>
          <p>
            <strong>{meeting.when}</strong> <span className="meta">{t("meeting.zone", { zone: meeting.zone })}</span>
          </p>
          {meeting.yourTime ? <p className="meta">{meeting.yourTime}</p> : null}
          {meeting.link ? (
            <p>
              <a href={meeting.link} rel="noopener noreferrer" target="_blank">
                {t("meeting.join")}
              </a>
            </p>
          ) : meeting.place ? (
            <p>{meeting.place}</p>
          ) : null}
          <p>
            <a href={`/cohorts/${cohortId}/meeting.ics`} download>
              {t("meeting.download")}
            </a>
          </p>
        </>
      ) : (
        <p className="meta">{t("meeting.none")}</p>
      )}
      {settings ? (
        <details>
          <summary>{t("teamSettings.open")}</summary>
          <TeamSettingsForms data={settings} back="board" />
        </details>
      ) : null}
    </section>
  );
}
