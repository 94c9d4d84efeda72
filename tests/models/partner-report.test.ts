import { describe, expect, it } from "vitest";
import { serverT } from "~/i18n/resources.server";
import { issueCertificate } from "~/models/certificates.server";
import { createCohort, joinCohort } from "~/models/cohorts.server";
import { createCommission } from "~/models/partners/commissions.server";
import { createOrganisation } from "~/models/partners/organisations.server";
import { partnerReportRows } from "~/models/partners/report-csv.server";
import { partnerReport } from "~/models/partners/report.server";
import { consentAndJoin, sponsorshipsOfUser, withdrawConsent } from "~/models/partners/sponsorships.server";
import { completeLesson } from "~/models/progress.server";
import { createUser } from "~/models/users.server";

// What a firm sees must not let it work out the progress of a learner who
// withdrew consent, nor of anyone in a group smaller than three. (Each
// person costs an argon2 hash, hence the long time-outs on a busy machine.)

let n = 0;
const person = (name: string) => createUser({ name, email: `report-${++n}@example.org`, password: "long enough", locale: "en" });
const LESSONS = ["rpa-what-rpa-is", "rpa-first-bot", "rpa-basics-quiz"];

/** A firm with the given consenting staff and one who withdrew, all in one team, every one's lessons done now. */
async function firm(consenting: number, lessonsEach: number[]) {
  const trainer = await createUser({ name: "Trainer", email: `report-${++n}@example.org`, password: "long enough", locale: "en", roles: ["trainer"] });
  const org = createOrganisation(`Firm ${n}`, trainer.id);
  const commission = createCommission({ organisationId: org.id, courseId: "rpa-foundations", seats: 5, startsOn: "2026-01-01", endsOn: "2099-12-31", languages: ["en"], createdBy: trainer.id });
  const cohort = createCohort({ courseId: "rpa-foundations", name: `Team ${n}`, locale: "en", meetingSlot: "weekend", startDate: "2026-11-02" });
  const answers = { languages: ["en" as const], slots: ["weekend" as const], timeZone: "Asia/Tokyo" };
  const staff = [];
  for (let i = 0; i < consenting; i++) staff.push(await person(`Sharing ${n}-${i}`));
  const withdrawn = await person(`Withdrawn ${n}`);
  for (const u of [...staff, withdrawn]) {
    joinCohort(cohort.id, u.id);
    expect(consentAndJoin(commission.id, u.id, answers).ok).toBe(true);
  }
  withdrawConsent(sponsorshipsOfUser(withdrawn.id)[0]!.sponsorship.id, withdrawn.id);
  staff.forEach((u, i) => LESSONS.slice(0, lessonsEach[i]).forEach((l) => completeLesson(u.id, "rpa-foundations", l)));
  return { org, cohort, withdrawn };
}

const csv = (orgId: number, now: Date) => partnerReportRows(partnerReport(orgId, "en", now), { t: serverT("en"), origin: "http://kumi.test" });

describe("a withdrawn learner in the partner report", () => {
  it("her progress changes no figure the firm sees: average, team row, chart or CSV", async () => {
    const { org, cohort, withdrawn } = await firm(3, [1, 2, 3]);
    const now = new Date();
    const before = partnerReport(org.id, "en", now);
    const csvBefore = csv(org.id, now);
    expect(before.commissions[0]!.totals).toMatchObject({ withdrawn: 1, averagePercent: expect.any(Number) });
    expect(before.weekly.at(-1)!.lessons).toBeGreaterThan(0);

    // She studies hard and completes the course: the firm must not notice.
    for (const l of LESSONS) completeLesson(withdrawn.id, "rpa-foundations", l);
    issueCertificate(withdrawn.id, "rpa-foundations", cohort.id);
    expect(partnerReport(org.id, "en", now)).toEqual(before);
    expect(csv(org.id, now)).toEqual(csvBefore);
    expect(JSON.stringify(csvBefore)).not.toContain(withdrawn.name);
  }, 120_000);
});

describe("groups of fewer than 3", () => {
  it("show no figure on the page data or in the CSV, only “fewer than 3”", async () => {
    const { org } = await firm(2, [1, 3]);
    const now = new Date();
    const report = partnerReport(org.id, "en", now);
    const c = report.commissions[0]!;
    expect(c.learners).toHaveLength(2); // named, as they agreed
    expect(c.totals).toEqual({ learners: 2, withdrawn: 1, completed: null, averagePercent: null });
    expect(report.cohorts).toEqual([{ name: expect.any(String), total: null, completed: null, percent: null }]);
    expect(report.weekly.at(-1)!.lessons).toBeNull();
    expect(report.weekly.slice(0, -1).every((w) => w.lessons === 0)).toBe(true);

    const rows = csv(org.id, now);
    const aggregates = rows.slice(1 + c.learners.length);
    expect(aggregates.length).toBeGreaterThan(0);
    // No aggregate row carries a number; the figure column says "fewer than 3".
    for (const row of aggregates) expect(row.some((v) => typeof v === "number"), String(row)).toBe(false);
    expect(aggregates.filter((row) => row[4] === "fewer than 3")).toHaveLength(2); // the commission's average and the team
  }, 120_000);
});
