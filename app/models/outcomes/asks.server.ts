import { getConnection } from "#db/client";
import type { OutcomeMonths } from "#db/values";

// Outcome asks are made lazily from certificates (docs/decisions/020-outcomes-and-funders.md): one
// statement inserts whatever asks are missing, so a certificate issued by any
// path (the course, an import, the demo) is asked about without the issuing
// code knowing of outcomes. The sender loop runs it every minute; /learn runs
// it for the viewer, so an ask never waits for the loop.

/** The asks after a course, in months after its certificate. */
export const FOLLOW_UP_MONTHS = [3, 6, 12] as const;

/**
 * Creates the missing asks: 3, 6 and 12 months after each certificate that
 * stands (not revoked), and the "before the course" baseline (months 0), due
 * at once, for a person who has never answered one: the baseline is asked
 * once per person, not once per course.
 */
export function createOutcomeAsks(userId?: number): number {
  const { sqlite } = getConnection();
  const who = userId === undefined ? "" : "and c.user_id = @userId";
  const live = `not exists (select 1 from certificate_revocations r where r.certificate_id = c.id)`;
  const followUps = sqlite
    .prepare(
      `insert or ignore into outcome_reports (user_id, course_id, months, due_at, source)
       select c.user_id, c.course_id, m.value,
              cast(unixepoch(c.created_at / 1000, 'unixepoch', '+' || m.value || ' months') as integer) * 1000 + c.created_at % 1000,
              'survey'
       from certificates c, json_each('${JSON.stringify(FOLLOW_UP_MONTHS)}') m
       where ${live} ${who}`,
    )
    .run(userId === undefined ? {} : { userId });
  const baseline = sqlite
    .prepare(
      `insert or ignore into outcome_reports (user_id, course_id, months, due_at, source)
       select c.user_id, c.course_id, 0, min(c.created_at), 'survey'
       from certificates c
       where ${live} ${who}
         and not exists (select 1 from outcome_reports o where o.user_id = c.user_id and o.months = 0 and o.source = 'survey')
       group by c.user_id`,
    )
    .run(userId === undefined ? {} : { userId });
  return followUps.changes + baseline.changes;
}

export interface OutcomeAsk {
  id: number;
  userId: number;
  courseId: string;
  months: OutcomeMonths;
  dueAt: Date;
  answeredAt: Date | null;
}

interface AskRow {
  id: number;
  userId: number;
  courseId: string;
  months: number;
  dueAt: number;
  answeredAt: number | null;
}

const toAsk = (r: AskRow): OutcomeAsk => ({ ...r, months: r.months as OutcomeMonths, dueAt: new Date(r.dueAt), answeredAt: r.answeredAt === null ? null : new Date(r.answeredAt) });

const ASK_COLUMNS = "id, user_id as userId, course_id as courseId, months, due_at as dueAt, answered_at as answeredAt";

/**
 * The asks waiting for this person's answer now: due and unanswered. A
 * follow-up lapses once the next one for the same course is due (nobody is
 * asked about month 3 in month 7); the baseline never lapses. Baseline first.
 */
export function openAsks(userId: number, now = new Date()): OutcomeAsk[] {
  const rows = getConnection()
    .sqlite.prepare(`select ${ASK_COLUMNS} from outcome_reports where user_id = ? and source = 'survey' and due_at <= ? order by months, due_at`)
    .all(userId, now.getTime()) as AskRow[];
  return rows
    .filter((r) => r.answeredAt === null)
    .filter((r) => r.months === 0 || !rows.some((later) => later.courseId === r.courseId && later.months > r.months))
    .map(toAsk);
}

export function getAsk(id: number): OutcomeAsk | null {
  const row = getConnection().sqlite.prepare(`select ${ASK_COLUMNS} from outcome_reports where id = ? and source = 'survey'`).get(id) as AskRow | undefined;
  return row ? toAsk(row) : null;
}

/** Whether this ask may be answered now: due, unanswered and not lapsed. */
export function isOpen(ask: OutcomeAsk, now = new Date()): boolean {
  return openAsks(ask.userId, now).some((a) => a.id === ask.id);
}

/** The ask a learner's home shows as a card: the first open one, with its course named. */
export function nextAsk(userId: number, now = new Date()): OutcomeAsk | null {
  createOutcomeAsks(userId);
  return openAsks(userId, now)[0] ?? null;
}
