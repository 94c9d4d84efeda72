import type { TFunction } from "i18next";
import { OUTCOME_STATUSES } from "#db/values";
import type { PartnerReport } from "./report.server";

// The report's figures as spreadsheet rows, headers in the manager's
// language. Only what partnerReport already cleared: a figure it left null
// (a group under three people) is written as "fewer than 3". Dates are ISO
// 8601 (2026-11-29) in every language: spreadsheets read that as a date,
// while a written-out date ("29 листопада 2026 р.") stays text.

export function partnerReportRows(report: PartnerReport, { t, origin }: { t: TFunction; origin: string }): (string | number | null)[][] {
  const fewer = t("partners:dashboard.fewerThan3");
  const figure = (n: number | null) => (n === null ? fewer : n);
  const rows: (string | number | null)[][] = [["name", "course", "team", "status", "progress", "nextDue", "certificate"].map((k) => t(`partners:csv.${k}`))];
  for (const c of report.commissions) {
    for (const l of c.learners) {
      rows.push([
        l.name,
        l.courseTitle,
        l.cohortName ?? "",
        t(`partners:status.${l.status}`),
        l.percent,
        l.nextDue ?? "",
        l.certificateCode ? `${origin}/certificates/${l.certificateCode}` : "",
      ]);
    }
    rows.push([totalsLine(t, c.totals), c.courseTitle, "", "", figure(c.totals.averagePercent), "", ""]);
    if (c.totals.withdrawn) rows.push([t("partners:dashboard.withdrawn", { count: c.totals.withdrawn }), c.courseTitle, "", "", "", "", ""]);
  }
  for (const team of report.cohorts) rows.push([t("partners:csv.teamTotal"), "", team.name, "", figure(team.percent), "", ""]);
  // After the course, as on the page: nothing per person, every count under the same rule.
  if (report.outcomes.people !== 0) {
    const title = t("partners:dashboard.outcomes.title");
    rows.push([`${title}: ${t("partners:dashboard.outcomes.people", { n: figure(report.outcomes.people) })}`, "", "", "", "", "", ""]);
    for (const status of OUTCOME_STATUSES) {
      rows.push([`${title}: ${t(`partners:dashboard.outcomes.status.${status}`)}`, "", "", "", figure(report.outcomes.counts?.[status] ?? null), "", ""]);
    }
  }
  return rows;
}

function totalsLine(t: TFunction, totals: PartnerReport["commissions"][number]["totals"]): string {
  if (totals.averagePercent === null || totals.completed === null) return t("partners:dashboard.totalsFew", { fewer: t("partners:dashboard.fewerThan3") });
  return t("partners:dashboard.totals", { learners: totals.learners, completed: totals.completed, average: `${totals.averagePercent}%` });
}
