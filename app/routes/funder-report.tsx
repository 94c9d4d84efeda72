import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { INCOME_BANDS } from "#db/values";
import { requestLocale } from "~/http/locale.server";
import { incomeBandLabel } from "~/i18n/income-bands";
import { serverT } from "~/i18n/resources.server";
import { funderReport } from "~/models/funders/report.server";
import { requireFunderReport } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { organisation } = requireFunderReport(request, context, params.organisationId);
  const locale = requestLocale(request, context);
  return { locale, organisation: { id: organisation.id, name: organisation.name }, report: funderReport(organisation.id, locale)!, title: `${serverT(locale)("funders:report.title")} · ${organisation.name} · kumi` };
}

export default function FunderReportPage() {
  const { t } = useTranslation(["funders", "outcomes"]);
  const { locale, organisation, report } = useLoaderData<typeof loader>();
  const figure = (n: number | null, format: (n: number) => string = String) => (n === null ? t("fewerThan3") : format(n));
  const percent = (n: number) => `${n}%`;
  const rows: [string, string][] = [
    [t("figures.placesFunded"), String(report.placesFunded)],
    [t("figures.consenting"), figure(report.consenting)],
    [t("figures.completed"), figure(report.completed)],
    [t("figures.completionRate"), figure(report.completionPercent, percent)],
    [t("figures.decided"), figure(report.decided)],
    [t("figures.reached"), figure(report.reached)],
    [t("figures.outcomeRate"), figure(report.outcomePercent, percent)],
    [t("figures.medianTime"), figure(report.medianMonthsToOutcome, (m) => t("figures.months", { months: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(m) }))],
  ];
  return (
    <div className="wide">
      <h1>{t("report.title")}</h1>
      <p className="lead">{organisation.name}</p>
      <p>
        {t(`kind.${report.definition.kind}`)} · {t("definition", { hours: report.definition.minHours, months: report.definition.withinMonths })}
      </p>
      <p className="hint">{t("report.consentNote")}</p>
      <p>
        <a href={`/funders/${organisation.id}/report.csv`} download>
          {t("report.csv")}
        </a>
      </p>
      <h2>{t("report.funded")}</h2>
      {report.commissions.length ? (
        <ul className="entries">
          {report.commissions.map((c) => (
            <li key={c.id}>{t("report.commission", { organisation: c.organisation, course: c.courseTitle, startsOn: c.startsOn, count: c.seats })}</li>
          ))}
        </ul>
      ) : (
        <p>{t("report.noFunding")}</p>
      )}
      <h2>{t("report.figures")}</h2>
      <table className="summary">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("income.title")}</h2>
      <table className="summary">
        <thead>
          <tr>
            <th scope="col">{t("income.band")}</th>
            <th scope="col">{t("income.before")}</th>
            <th scope="col">{t("income.after")}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t("income.people")}</th>
            <td>{figure(report.incomeBefore.people)}</td>
            <td>{figure(report.incomeAfter.people)}</td>
          </tr>
          {INCOME_BANDS.filter((b) => b !== "prefer_not").map((b) => (
            <tr key={b}>
              <th scope="row">{incomeBandLabel(t, locale, b)}</th>
              <td>{report.incomeBefore.counts ? figure(report.incomeBefore.counts[b]) : t("fewerThan3")}</td>
              <td>{report.incomeAfter.counts ? figure(report.incomeAfter.counts[b]) : t("fewerThan3")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
