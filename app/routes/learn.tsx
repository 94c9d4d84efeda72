import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ConsentNote, OutcomeAskCard, PortfolioLink, SponsorshipConsent } from "~/components/learn-sections";
import { parseSubmission } from "~/forms/submission.server";
import { notFound } from "~/http/responses.server";
import { renewConsent, withdrawConsent } from "~/models/partners/sponsorships.server";
import { useTranslation } from "react-i18next";
import { ProgressBar } from "~/components/progress-bar";
import { requestLocale } from "~/http/locale.server";
import { formatDate, formatPercent } from "~/i18n/format";
import { serverT } from "~/i18n/resources.server";
import { learnerHome } from "~/models/learner-home.server";
import { nextAsk } from "~/models/outcomes/asks.server";
import { requireSignedIn } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = requireSignedIn(request, context);
  const locale = requestLocale(request, context);
  const ok = new URL(request.url).searchParams.get("ok");
  const ask = nextAsk(user.id);
  return { ...learnerHome(user.id, locale), outcomeAsk: ask ? { id: ask.id, months: ask.months } : null, locale, note: ok === "sponsored" || ok === "withdrawn" || ok === "consented" ? ok : null, title: `${serverT(locale)("team:learn.title")} · kumi` };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = requireSignedIn(request, context);
  const sponsorshipId = z.string().regex(/^\d+$/);
  const schema = z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("withdraw"), sponsorshipId }),
    // Undoes a withdrawal.
    z.object({ intent: z.literal("consent"), sponsorshipId }),
  ]);
  const form = await parseSubmission(request, schema);
  if (!form.ok) return form.reply;
  const id = Number(form.value.sponsorshipId);
  // Only one's own consent can be withdrawn, or given again.
  if (form.value.intent === "consent") {
    if (!renewConsent(id, user.id)) throw notFound();
    return redirect("/learn?ok=consented#consent", 303);
  }
  if (!withdrawConsent(id, user.id)) throw notFound();
  return redirect("/learn?ok=withdrawn#consent", 303);
}

export default function Learn() {
  const { t } = useTranslation("team");
  const { teams, waiting, certificates, sponsorships, unread, locale, note, outcomeAsk } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("learn.title")}</h1>
      {note ? <ConsentNote note={note} organisation={sponsorships.find((s) => s.withdrawnAt)?.organisation ?? ""} /> : null}
      {unread > 0 ? (
        <p className="notice">
          <Link to="/notifications">{t("learn.notifications", { count: unread })}</Link>
        </p>
      ) : null}
      {outcomeAsk ? <OutcomeAskCard ask={outcomeAsk} /> : null}
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
      ) : waiting.length ? (
        <p>{t("waitingForTeam.learn")}</p>
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
      {sponsorships.length ? <SponsorshipConsent sponsorships={sponsorships} locale={locale} /> : null}
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
          <PortfolioLink />
        </>
      ) : null}
    </div>
  );
}
