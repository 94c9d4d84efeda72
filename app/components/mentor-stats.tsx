import { useTranslation } from "react-i18next";
import type { Locale } from "~/i18n/config";
import { formatPercent } from "~/i18n/format";
import { formatDuration } from "~/i18n/format-duration";

interface Stats {
  teams: number;
  mentees: number;
  completionRate: number | null;
  helpAnswered: number;
  medianReplyMinutes: number | null;
}

/** The ladder in one line: teams, mentees, completion rate, help answered, reply time. */
export function MentorStatsLine({ stats, locale }: { stats: Stats; locale: Locale }) {
  const { t } = useTranslation("mentoring");
  if (!stats.teams) return <p className="meta">{t("stats.noData")}</p>;
  return (
    <p className="meta">
      {t("stats.teams", { count: stats.teams })} · {t("stats.mentees", { count: stats.mentees })}
      {stats.completionRate !== null ? <> · {t("stats.completion", { rate: formatPercent(locale, stats.completionRate) })}</> : null} ·{" "}
      {t("stats.help", { count: stats.helpAnswered })}
      {stats.medianReplyMinutes !== null ? <> · {t("stats.reply", { time: formatDuration(locale, stats.medianReplyMinutes) })}</> : null}
    </p>
  );
}
