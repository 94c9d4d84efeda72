import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ProgressBar } from "~/components/progress-bar";
import { requireViewer } from "~/http/auth.server";
import { requestLocale } from "~/http/locale.server";
import { formatDate, formatPercent } from "~/i18n/format";
import { serverT } from "~/i18n/resources.server";
import { learnerHome } from "~/models/learner-home.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireViewer(request, context);
  const locale = requestLocale(request, context);
  return { ...learnerHome(user.id, locale), locale, title: `${serverT(locale)("team:learn.title")} · kumi` };
}

export default function Learn() {
  const { t } = useTranslation("team");
  const { teams, waiting, certificates, unread, locale } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("learn.title")}</h1>
      {unread > 0 ? (
        <p className="notice">
          <Link to="/notifications">{t("learn.notifications", { count: unread })}</Link>
        </p>
      ) : null}
      <h2>{t("learn.teams")}</h2>
      {teams.length ? (
        <ul className="cards">
          {teams.map((team) => (
            <li key={team.cohortId} className="card">
              <h3>
                <Link to={`/cohorts/${team.cohortId}`}>{team.name}</Link>
              </h3>
              <p className="meta">
                {team.courseTitle} · {t(`state.${team.state}`)}
              </p>
              <ProgressBar percent={team.percent} label={t("learn.progress", { percent: formatPercent(locale, team.percent) })} />
              <p>
                <Link to={`/cohorts/${team.cohortId}`}>{t("learn.openBoard")}</Link>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          {t("learn.noTeams")} <Link to="/courses">{t("learn.browse")}</Link>
        </p>
      )}
      {waiting.length ? (
        <>
          <h2>{t("learn.waiting")}</h2>
          <ul>
            {waiting.map((w) => (
              <li key={w.courseId}>
                {t("learn.waitingFor", { course: w.courseTitle, date: formatDate(locale, w.since) })}{" "}
                <Link to={`/courses/${w.courseId}/join`}>{t("learn.changeRequest")}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {certificates.length ? (
        <>
          <h2>{t("learn.certificates")}</h2>
          <ul>
            {certificates.map((c) => (
              <li key={c.code}>
                <Link to={`/certificates/${c.code}`}>{c.courseTitle}</Link> · {formatDate(locale, c.issuedAt)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
