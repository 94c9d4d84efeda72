import { describe, expect, it } from "vitest";
import { serverT } from "~/i18n/resources.server";
import { funderReportRows } from "~/models/funders/report-csv.server";
import { funderReport, type FunderReport } from "~/models/funders/report.server";
import { answerOutcome, type OutcomeAnswer } from "~/models/outcomes/answer.server";
import { createOutcomeAsks, openAsks } from "~/models/outcomes/asks.server";
import { certify, daysAgo, fundedCommission, isoDay, paidOrder, person, sponsor } from "../support/outcome-world";

// A funder sees outcomes only of learners who consented in their latest
// answer, and never a figure over fewer than 3 people: on the page data and
// in the CSV alike.

const NOW = new Date("2026-11-29T03:00:00Z");
const working: OutcomeAnswer = { status: "working", employerKind: "company", hoursPerWeek: 30, incomeBand: "200k_300k", consentFunder: true, consentPartner: false };
const looking: OutcomeAnswer = { status: "looking", incomeBand: "none", consentFunder: true, consentPartner: false };

/** A sponsored graduate certified `days` ago who answers the baseline and the open follow-up. */
function graduate(commissionId: number, days: number, followUp: OutcomeAnswer | null, baseline: OutcomeAnswer = looking) {
  const u = person(`Graduate ${days}`);
  sponsor(commissionId, u);
  certify(u, "rpa-foundations", NOW, days);
  createOutcomeAsks(u);
  const asks = openAsks(u, NOW);
  expect(answerOutcome(u, asks[0]!.id, baseline, daysAgo(NOW, 1)).ok).toBe(true);
  if (followUp) expect(answerOutcome(u, asks[1]!.id, followUp, NOW).ok).toBe(true);
  return u;
}

const csv = (report: FunderReport) => funderReportRows(report, { t: serverT("en"), locale: "en", today: isoDay(NOW) });
const numbersIn = (rows: (string | number)[][]) => rows.slice(1).filter((r) => typeof r[1] === "number");

describe("the funder report", () => {
  it("counts consenting graduates: completion, outcome by the funder's definition, median time, income before and after", () => {
    const { fund, commission } = fundedCommission({ minHours: 20, withinMonths: 6 });
    for (let i = 0; i < 3; i++) graduate(commission.id, 100, working); // 3-month answer: working 30 h
    graduate(commission.id, 200, { ...working, hoursPerWeek: 10, incomeBand: "under_100k" }); // too few hours, window closed: no outcome
    const report = funderReport(fund.id, "en", NOW)!;
    expect(report).toMatchObject({ placesFunded: 8, consenting: 4, completed: 4, completionPercent: 100, decided: 4, reached: 3, outcomePercent: 75 });
    expect(report.medianMonthsToOutcome).toBeCloseTo(3, 0);
    expect(report.incomeBefore).toEqual({ people: 4, counts: { none: 4, under_100k: 0, "100k_200k": 0, "200k_300k": 0, "300k_plus": 0 } });
    // Three in one band are shown; the one left is a single person: "fewer than 3".
    expect(report.incomeAfter.counts).toMatchObject({ "200k_300k": 3, under_100k: null, "300k_plus": 0 });
    expect(report.incomeAfter.people).toBe(4);
  });

  it("never counts a graduate who did not consent, nor one whose latest answer withdrew consent", () => {
    const { fund, commission } = fundedCommission();
    for (let i = 0; i < 3; i++) graduate(commission.id, 100, working);
    const before = funderReport(fund.id, "en", NOW)!;
    const csvBefore = csv(before);
    // She says no from the start: whatever she reports changes nothing.
    graduate(commission.id, 100, { ...working, consentFunder: false }, { ...looking, consentFunder: false });
    // She said yes before the course, then no with her 3-month answer.
    graduate(commission.id, 100, { ...working, consentFunder: false });
    expect(funderReport(fund.id, "en", NOW)).toEqual(before);
    expect(csv(funderReport(fund.id, "en", NOW)!)).toEqual(csvBefore);
  });

  it("shows no figure about fewer than 3 people, on the page data or in the CSV", () => {
    const { fund, commission } = fundedCommission();
    graduate(commission.id, 100, working);
    graduate(commission.id, 100, looking);
    const report = funderReport(fund.id, "en", NOW)!;
    expect(report).toMatchObject({ placesFunded: 8, consenting: null, completed: null, completionPercent: null, decided: null, reached: null, outcomePercent: null, medianMonthsToOutcome: null });
    expect(report.incomeBefore).toEqual({ people: null, counts: null });
    expect(report.incomeAfter).toEqual({ people: null, counts: null });
    const rows = csv(report);
    // The only number is the places funded (seats are money, not people).
    expect(numbersIn(rows).map((r) => String(r[0]).replace(/:.*/, ""))).toEqual(["Funded places", "Places funded"]);
    expect(rows.filter((r) => r[1] === "fewer than 3").length).toBeGreaterThanOrEqual(10);
  });

  it("counts paid work on the board as an outcome, with hours a week from confirmed hours, following her latest consent", () => {
    const { fund, commission, firm } = fundedCommission({ minHours: 20, withinMonths: 6 });
    // Three looking at 3 months, but each worked 4 weeks x 25 h on a paid order 2 months after the course.
    const people = [0, 1, 2].map(() => graduate(commission.id, 120, looking));
    paidOrder(firm.id, people, { paidOn: isoDay(daysAgo(NOW, 60)), assignedAt: daysAgo(NOW, 88), completedAt: daysAgo(NOW, 60), minutesEach: 100 * 60 });
    const report = funderReport(fund.id, "en", NOW)!;
    expect(report).toMatchObject({ consenting: 3, completed: 3, reached: 3, outcomePercent: 100 });
    expect(report.medianMonthsToOutcome).toBeCloseTo(2, 0);

    // A fourth withdrew consent in her latest answer: her board work is not counted.
    const fourth = graduate(commission.id, 120, { ...looking, consentFunder: false });
    paidOrder(firm.id, [fourth], { paidOn: isoDay(daysAgo(NOW, 60)), assignedAt: daysAgo(NOW, 88), completedAt: daysAgo(NOW, 60), minutesEach: 100 * 60 });
    expect(funderReport(fund.id, "en", NOW)).toEqual(report);
  });

  it("leaves out a graduate still inside her window without an outcome: neither success nor failure yet", () => {
    const { fund, commission } = fundedCommission({ minHours: 20, withinMonths: 6 });
    for (let i = 0; i < 3; i++) graduate(commission.id, 100, working);
    graduate(commission.id, 100, looking); // 100 days: her 6 months are not over
    expect(funderReport(fund.id, "en", NOW)).toMatchObject({ completed: 4, decided: 3, reached: 3, outcomePercent: 100 });
  });
});
