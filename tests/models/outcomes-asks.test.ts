import { describe, expect, it } from "vitest";
import { getConnection } from "#db/client";
import { queueOutcomeAskMails } from "~/models/outcomes/ask-mail.server";
import { answerOutcome, latestConsent } from "~/models/outcomes/answer.server";
import { createOutcomeAsks, openAsks } from "~/models/outcomes/asks.server";
import { certify, person } from "../support/outcome-world";

const answer = { status: "working" as const, employerKind: "company" as const, hoursPerWeek: 30, incomeBand: "200k_300k" as const, consentFunder: true, consentPartner: false };

describe("outcome asks", () => {
  it("are made from the certificate: a baseline at once, then 3, 6 and 12 months on; one open follow-up at a time", () => {
    const now = new Date("2026-11-29T03:00:00Z");
    const u = person("Graduate");
    certify(u, "rpa-foundations", now, 200);
    createOutcomeAsks(u);
    createOutcomeAsks(u); // idempotent
    const open = openAsks(u, now);
    // The baseline, and the 6-month ask; the 3-month one lapsed when the 6-month one fell due.
    expect(open.map((a) => a.months)).toEqual([0, 6]);
    expect(openAsks(u, new Date(now.getTime() - 150 * 86_400_000)).map((a) => a.months)).toEqual([0]);
  });

  it("ask for the baseline once per person, not per course", () => {
    const now = new Date();
    const u = person("Two courses");
    certify(u, "rpa-foundations", now, 10);
    createOutcomeAsks(u);
    const baseline = openAsks(u, now).find((a) => a.months === 0)!;
    expect(answerOutcome(u, baseline.id, { ...answer, status: "looking" }, now)).toEqual({ ok: true });
    certify(u, "no-code-basics", now, 5);
    createOutcomeAsks(u);
    expect(openAsks(u, now).filter((a) => a.months === 0)).toEqual([]);
  });

  it("are answered only by their owner, once, and the latest answer's consent is hers", () => {
    const now = new Date();
    const u = person("Owner");
    const other = person("Someone else");
    certify(u, "rpa-foundations", now, 100);
    createOutcomeAsks(u);
    const [baseline, threeMonths] = openAsks(u, now);
    expect(answerOutcome(other, threeMonths!.id, answer, now)).toEqual({ ok: false, reason: "notFound" });
    expect(latestConsent(u)).toEqual({ funder: false, partner: false }); // unticked until she ticks
    expect(answerOutcome(u, baseline!.id, { ...answer, status: "looking", consentFunder: true }, now).ok).toBe(true);
    expect(answerOutcome(u, baseline!.id, answer, now)).toEqual({ ok: false, reason: "notOpen" });
    expect(latestConsent(u).funder).toBe(true);
    // A later "no" withdraws the earlier "yes".
    expect(answerOutcome(u, threeMonths!.id, { ...answer, consentFunder: false }, new Date(now.getTime() + 1000)).ok).toBe(true);
    expect(latestConsent(u).funder).toBe(false);
  });
});

describe("outcome asks by e-mail", () => {
  it("e-mails each due follow-up once, in her language, and marks it mailed; never the baseline or a lapsed ask", () => {
    const now = new Date();
    const u = person("Mailed graduate");
    getConnection().sqlite.prepare("update users set locale = 'ja' where id = ?").run(u);
    certify(u, "rpa-foundations", now, 200);
    queueOutcomeAskMails(now);
    queueOutcomeAskMails(now);
    const mails = getConnection().sqlite.prepare("select subject, text, locale from mail_outbox where user_id = ? and kind = 'outcome_ask'").all(u) as { subject: string; text: string; locale: string }[];
    expect(mails).toHaveLength(1); // the 6-month ask; the 3-month one lapsed
    expect(mails[0]!.locale).toBe("ja");
    expect(mails[0]!.subject).toContain("修了後");
    const rows = getConnection().sqlite.prepare("select months, mailed_at is not null as mailed from outcome_reports where user_id = ? order by months").all(u);
    expect(rows).toEqual([
      { months: 0, mailed: 0 },
      { months: 3, mailed: 0 },
      { months: 6, mailed: 1 },
      { months: 12, mailed: 0 },
    ]);
  });
});
