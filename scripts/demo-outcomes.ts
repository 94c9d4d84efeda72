// The demo's outcomes: a funder paying for places at Sakura Logistics, its
// member Hana, graduates of an earlier intake who answered their outcome asks
// (some consenting to the funder report, some not), Natalia's portfolio and
// the "before the course" ask on her /learn page. Called by scripts/demo-seed.ts.
import { getConnection } from "../db/client";
import { addDays, todayIn } from "../app/domain/calendar";
import type { Locale } from "../app/i18n/config";
import { issueCertificate } from "../app/models/certificates.server";
import { saveFunder, setFundedSeats } from "../app/models/funders/definition.server";
import { answerOutcome, type OutcomeAnswer } from "../app/models/outcomes/answer.server";
import { createOutcomeAsks, openAsks } from "../app/models/outcomes/asks.server";
import { createCommission } from "../app/models/partners/commissions.server";
import { createOrganisation, joinOrganisation } from "../app/models/partners/organisations.server";
import { portfolioItems, setItemPublic } from "../app/models/portfolio/items.server";
import { savePortfolio } from "../app/models/portfolio/profile.server";
import { createUser } from "../app/models/users.server";
import { DEMO_PASSWORD } from "./demo-accounts";

const DAY_MS = 24 * 60 * 60 * 1000;
const none: OutcomeAnswer = { status: "looking", incomeBand: "none", consentFunder: true, consentPartner: true };

/** Graduates of Sakura's first intake: days since the certificate, the baseline and the latest answer. */
const ALUMNI: [string, Locale, number, OutcomeAnswer, OutcomeAnswer][] = [
  ["Svitlana Bondar", "uk", 200, none, { status: "working", employerKind: "company", hoursPerWeek: 30, incomeBand: "200k_300k", consentFunder: true, consentPartner: true }],
  ["Iryna Melnyk", "uk", 200, none, { status: "working", employerKind: "self_employed", hoursPerWeek: 12, incomeBand: "100k_200k", consentFunder: true, consentPartner: false }],
  ["Oksana Kravets", "uk", 120, none, { status: "working", employerKind: "company", hoursPerWeek: 32, incomeBand: "200k_300k", consentFunder: true, consentPartner: true }],
  ["Tetiana Savchuk", "uk", 120, none, { status: "working", employerKind: "company", hoursPerWeek: 25, incomeBand: "200k_300k", consentFunder: true, consentPartner: false }],
  ["山本 彩", "ja", 120, { ...none, incomeBand: "under_100k" }, { status: "looking", incomeBand: "none", consentFunder: true, consentPartner: true }],
  ["Halyna Boiko", "uk", 200, none, { status: "studying", incomeBand: "none", consentFunder: false, consentPartner: false }],
  ["Maryna Lytvyn", "uk", 100, { ...none, consentFunder: false }, { status: "working", employerKind: "company", hoursPerWeek: 40, incomeBand: "300k_plus", consentFunder: false, consentPartner: false }],
];

export async function seedOutcomes({ created, sakuraId, sakuraCommissionId }: { created: Map<string, number>; sakuraId: number; sakuraCommissionId: number }) {
  const { sqlite } = getConnection();
  const now = new Date();
  const admin = created.get("admin@demo.kumi.test")!;

  // Kibou pays for places in Sakura's current commission and its first intake.
  const fund = createOrganisation("Kibou Reskilling Fund", admin);
  joinOrganisation(fund.id, created.get("hana@demo.kumi.test")!);
  saveFunder(fund.id, { kind: "impact_bond", outcomeMinHours: 20, outcomeWithinMonths: 6 });
  const today = todayIn("Asia/Tokyo");
  const firstIntake = createCommission({ organisationId: sakuraId, courseId: "rpa-foundations", seats: 7, startsOn: addDays(today, -330), endsOn: addDays(today, -210), languages: ["uk", "ja"], createdBy: admin });
  setFundedSeats(fund.id, firstIntake.id, 7);
  setFundedSeats(fund.id, sakuraCommissionId, 2);

  for (const [i, [name, locale, days, baseline, latest]] of ALUMNI.entries()) {
    const user = await createUser({ name, email: `alumni${i + 1}@demo.kumi.test`, locale, password: DEMO_PASSWORD, emailVerified: true });
    const issuedAt = now.getTime() - days * DAY_MS;
    sqlite.prepare("insert into sponsorships (commission_id, user_id, consented_at) values (?, ?, ?)").run(firstIntake.id, user.id, issuedAt - 120 * DAY_MS);
    const { certificate } = issueCertificate(user.id, "rpa-foundations", null);
    // Backdated, so that the 3- and 6-month asks are due.
    sqlite.prepare("update certificates set created_at = ? where id = ?").run(issuedAt, certificate.id);
    createOutcomeAsks(user.id);
    const [first, followUp] = openAsks(user.id, now);
    answerOutcome(user.id, first!.id, baseline, new Date(now.getTime() - DAY_MS));
    if (followUp) answerOutcome(user.id, followUp.id, latest, now);
  }

  // Natalia's portfolio: her certificate, her profile, and whatever completed
  // work and ratings the work board's demo gave her, public.
  const natalia = created.get("natalia@demo.kumi.test")!;
  savePortfolio(natalia, {
    handle: "natalia",
    profile: {
      uk: "Автоматизую рутинні офісні процеси: рахунки, звіти, таблиці. Наставниця в kumi.",
      en: "I automate routine office work: invoices, reports, spreadsheets. Mentor at kumi.",
      ja: "請求書・レポート・表計算などの定型業務を自動化しています。kumi のメンターです。",
    },
  });
  const items = portfolioItems(natalia, "uk");
  setItemPublic(natalia, "profile", "", true);
  for (const c of items.certificates) setItemPublic(natalia, "certificate", c.code, true);
  for (const o of items.orders) setItemPublic(natalia, "order", String(o.orderId), true);
  if (items.ratings) setItemPublic(natalia, "ratings", "", true);
  // Her "before the course" ask is due now: /learn shows its card.
  createOutcomeAsks(natalia);
}
