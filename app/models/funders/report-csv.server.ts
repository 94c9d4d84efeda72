import type { TFunction } from "i18next";
import { INCOME_BANDS } from "#db/values";
import type { Locale } from "~/i18n/config";
import { incomeBandLabel } from "~/i18n/income-bands";
import type { FunderReport } from "./report.server";

// The funder report as spreadsheet rows, labels in the reader's language.
// Only what funderReport already cleared: a figure it left null (a group of
// fewer than 3) is written as "fewer than 3". Dates are ISO 8601.

export function funderReportRows(report: FunderReport, { t, locale, today }: { t: TFunction; locale: Locale; today: string }): (string | number)[][] {
  const fewer = t("funders:fewerThan3");
  const figure = (n: number | null) => (n === null ? fewer : n);
  const rows: (string | number)[][] = [[t("funders:csv.figure"), t("funders:csv.value")]];
  rows.push([t("funders:csv.generatedOn"), today]);
  rows.push([t("funders:csv.definition"), t("funders:definition", { hours: report.definition.minHours, months: report.definition.withinMonths })]);
  for (const c of report.commissions) rows.push([t("funders:csv.commission", { organisation: c.organisation, course: c.courseTitle, startsOn: c.startsOn }), c.seats]);
  rows.push([t("funders:figures.placesFunded"), report.placesFunded]);
  rows.push([t("funders:figures.consenting"), figure(report.consenting)]);
  rows.push([t("funders:figures.completed"), figure(report.completed)]);
  rows.push([t("funders:csv.completionPercent"), figure(report.completionPercent)]);
  rows.push([t("funders:figures.decided"), figure(report.decided)]);
  rows.push([t("funders:figures.reached"), figure(report.reached)]);
  rows.push([t("funders:csv.outcomePercent"), figure(report.outcomePercent)]);
  rows.push([t("funders:csv.medianMonths"), figure(report.medianMonthsToOutcome)]);
  for (const [label, bands] of [
    [t("funders:income.before"), report.incomeBefore],
    [t("funders:income.after"), report.incomeAfter],
  ] as const) {
    rows.push([`${label}: ${t("funders:income.people")}`, figure(bands.people)]);
    for (const band of INCOME_BANDS) {
      if (band === "prefer_not") continue;
      rows.push([`${label}: ${incomeBandLabel(t, locale, band)}`, bands.counts ? figure(bands.counts[band]) : fewer]);
    }
  }
  return rows;
}
