import { getConnection } from "#db/client";
import { INCOME_BANDS, type IncomeBand } from "#db/values";
import { getCourse } from "~/curriculum/index.server";
import type { Locale } from "~/i18n/config";
import { latestConsent } from "../outcomes/answer.server";
import { boardOutcomesOf } from "../outcomes/board-outcomes.server";
import { groupFigure, headCount } from "../partners/report.server";
import { getFunder } from "./definition.server";

// What a funder sees (docs/decisions/020-outcomes-and-funders.md). The page
// and the CSV both read this, so its rules hold for both: only learners whose
// latest outcome answer consents to the funder report are counted at all, and
// every figure over fewer than MIN_GROUP_SIZE people is null ("fewer than 3").

const DAY_MS = 24 * 60 * 60 * 1000;

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

interface Learner {
  userId: number;
  courseId: string;
}

interface Answer {
  userId: number;
  courseId: string;
  months: number;
  dueAt: number;
  status: string;
  hoursPerWeek: number | null;
  incomeBand: IncomeBand | null;
}

export type BandCounts = Record<IncomeBand, number | null>;

export function funderReport(organisationId: number, locale: Locale, now = new Date()) {
  const funder = getFunder(organisationId);
  if (!funder) return null;
  const { sqlite } = getConnection();
  const funded = sqlite
    .prepare(
      `select k.id, k.course_id as courseId, k.starts_on as startsOn, k.ends_on as endsOn, f.seats, o.name as organisation
       from commission_funding f join commissions k on k.id = f.commission_id join organisations o on o.id = k.organisation_id
       where f.funder_id = ? order by k.starts_on, k.id`,
    )
    .all(organisationId) as { id: number; courseId: string; startsOn: string; endsOn: string; seats: number; organisation: string }[];

  const placed = funded.length
    ? (sqlite
        .prepare(
          `select distinct s.user_id as userId, k.course_id as courseId from sponsorships s join commissions k on k.id = s.commission_id
           where s.commission_id in (select value from json_each(?))`,
        )
        .all(JSON.stringify(funded.map((c) => c.id))) as Learner[])
    : [];
  // Consent first: a learner who did not say yes to the funder report is
  // never read further, so no figure below can move with her.
  const consenting = placed.filter((l) => latestConsent(l.userId).funder);
  const ids = [...new Set(consenting.map((l) => l.userId))];

  const certificates = new Map<string, number>();
  const answers: Answer[] = [];
  if (ids.length) {
    const list = JSON.stringify(ids);
    for (const c of sqlite
      .prepare(
        `select c.user_id as userId, c.course_id as courseId, c.created_at as issuedAt from certificates c
         where c.user_id in (select value from json_each(?)) and not exists (select 1 from certificate_revocations r where r.certificate_id = c.id)`,
      )
      .all(list) as { userId: number; courseId: string; issuedAt: number }[])
      certificates.set(`${c.userId}:${c.courseId}`, c.issuedAt);
    answers.push(
      ...(sqlite
        .prepare(
          `select user_id as userId, course_id as courseId, months, due_at as dueAt, status, hours_per_week as hoursPerWeek, income_band as incomeBand
           from outcome_reports where source = 'survey' and answered_at is not null and user_id in (select value from json_each(?))`,
        )
        .all(list) as Answer[]),
    );
  }
  const board = boardOutcomesOf(ids);

  const completed = consenting.filter((l) => certificates.has(`${l.userId}:${l.courseId}`));
  // Days from the certificate to the first outcome that meets the funder's
  // definition inside its window; null while none has.
  const daysToOutcome = (l: Learner): number | null => {
    const issuedAt = certificates.get(`${l.userId}:${l.courseId}`)!;
    const windowEnd = addMonths(new Date(issuedAt), funder.outcomeWithinMonths).getTime();
    const times: number[] = [];
    for (const a of answers) {
      if (a.userId !== l.userId || a.courseId !== l.courseId || a.months === 0 || a.months > funder.outcomeWithinMonths) continue;
      if (a.status === "working" && (a.hoursPerWeek ?? 0) >= funder.outcomeMinHours) times.push(a.dueAt);
    }
    for (const b of board) {
      const paid = Date.parse(b.firstPaidOn);
      if (b.userId === l.userId && b.hoursPerWeek >= funder.outcomeMinHours && paid >= issuedAt - DAY_MS && paid <= windowEnd) times.push(paid);
    }
    return times.length ? Math.max(0, Math.round((Math.min(...times) - issuedAt) / DAY_MS)) : null;
  };
  const timed = completed.map((l) => ({ l, days: daysToOutcome(l), windowClosed: addMonths(new Date(certificates.get(`${l.userId}:${l.courseId}`)!), funder.outcomeWithinMonths) <= now }));
  // Whose result is known: reached the outcome, or the window closed without it.
  // Someone still inside her window is neither a success nor a failure yet.
  const decided = timed.filter((x) => x.days !== null || x.windowClosed);
  const reached = timed.filter((x) => x.days !== null);

  const bands = (pick: (userId: number) => IncomeBand | null) => {
    const known = ids.map(pick).filter((b): b is IncomeBand => b !== null && b !== "prefer_not");
    return {
      people: headCount(known.length),
      counts: groupFigure(known.length, () => Object.fromEntries(INCOME_BANDS.filter((b) => b !== "prefer_not").map((b) => [b, headCount(known.filter((k) => k === b).length)])) as BandCounts),
    };
  };
  const latestAfter = (userId: number) =>
    answers
      .filter((a) => a.userId === userId && a.months > 0)
      .sort((a, b) => b.months - a.months || b.dueAt - a.dueAt)[0]?.incomeBand ?? null;

  return {
    definition: { kind: funder.kind, minHours: funder.outcomeMinHours, withinMonths: funder.outcomeWithinMonths },
    commissions: funded.map((c) => ({ ...c, courseTitle: getCourse(c.courseId)?.title[locale] ?? c.courseId })),
    placesFunded: funded.reduce((n, c) => n + c.seats, 0),
    consenting: headCount(consenting.length),
    completed: groupFigure(consenting.length, () => completed.length),
    completionPercent: groupFigure(consenting.length, () => Math.round((100 * completed.length) / consenting.length)),
    decided: groupFigure(decided.length, () => decided.length),
    reached: groupFigure(decided.length, () => reached.length),
    outcomePercent: groupFigure(decided.length, () => Math.round((100 * decided.filter((x) => x.days !== null).length) / decided.length)),
    medianMonthsToOutcome: groupFigure(reached.length, () => Math.round((median(reached.map((x) => x.days!)) / 30.44) * 10) / 10),
    incomeBefore: bands((userId) => answers.find((a) => a.userId === userId && a.months === 0)?.incomeBand ?? null),
    incomeAfter: bands(latestAfter),
  };
}

export type FunderReport = NonNullable<ReturnType<typeof funderReport>>;
