import { describe, expect, it } from "vitest";
import { getConnection } from "#db/client";
import { partnerReportRows } from "~/models/partners/report-csv.server";
import { partnerReport } from "~/models/partners/report.server";
import { serverT } from "~/i18n/resources.server";
import { certify, daysAgo, fundedCommission, isoDay, paidOrder, person, sponsor } from "../support/outcome-world";

// The partner report's "after the course": a separate consent (the partner
// report box of the outcome ask), the sponsorship's consent still standing,
// and no figure over fewer than 3 people, on the page's data and in the CSV.

const now = new Date();

function answer(userId: number, status: string, consentPartner: boolean) {
  getConnection()
    .sqlite.prepare(
      `insert into outcome_reports (user_id, course_id, months, due_at, status, consent_funder, consent_partner, answered_at)
       values (?, 'rpa-foundations', 3, ?, ?, 1, ?, ?)`,
    )
    .run(userId, now.getTime() - 10 * 86_400_000, status, consentPartner ? 1 : 0, now.getTime());
}

function graduate(commissionId: number, name: string) {
  const id = person(name);
  sponsor(commissionId, id);
  certify(id, "rpa-foundations", now, 120);
  return id;
}

describe("the partner report after the course", () => {
  it("counts only graduates who said yes to the partner report, and hides any figure under 3", () => {
    const { firm, commission } = fundedCommission();
    const a = graduate(commission.id, "A");
    const b = graduate(commission.id, "B");
    const c = graduate(commission.id, "C");
    answer(a, "working", true);
    answer(b, "studying", true);
    // She said no to the partner (yes to the funder): never counted here.
    answer(c, "looking", false);
    expect(partnerReport(firm.id, "en", now).outcomes).toEqual({ people: null, counts: null });

    // Paid work on the board counts as working even without an answer — but only with her consent.
    const d = graduate(commission.id, "D");
    answer(d, "looking", true);
    paidOrder(firm.id, [d], { paidOn: isoDay(daysAgo(now, 5)), assignedAt: daysAgo(now, 30), completedAt: daysAgo(now, 5), minutesEach: 1200 });
    const report = partnerReport(firm.id, "en", now);
    expect(report.outcomes.people).toBe(3);
    // working: a and d (2: fewer than 3); studying: 1; looking: 0 (c is not counted, d now works).
    expect(report.outcomes.counts).toEqual({ working: null, studying: null, looking: 0, prefer_not: 0 });

    const csv = partnerReportRows(report, { t: serverT("en"), origin: "https://kumi.example.org" }).map((row) => row.join("|"));
    expect(csv).toContain("After the course: Graduates who agreed: 3||||||");
    expect(csv).toContain("After the course: Working||||fewer than 3||");
    expect(csv.join("\n")).not.toContain("After the course: Working||||2");

    // A withdrawn sponsorship takes her out, whatever she answered.
    getConnection().sqlite.prepare("update sponsorships set withdrawn_at = ? where user_id = ?").run(now.getTime(), a);
    expect(partnerReport(firm.id, "en", now).outcomes).toEqual({ people: null, counts: null });
  });
});
