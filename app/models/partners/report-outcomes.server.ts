import { getConnection } from "#db/client";
import { OUTCOME_STATUSES, type OutcomeStatus } from "#db/values";
import { latestConsent } from "../outcomes/answer.server";
import { boardOutcomesOf } from "../outcomes/board-outcomes.server";
import { groupFigure, headCount } from "./report.server";

/**
 * What the firm's sponsored graduates say they do after the course, for the
 * partner report. Only graduates whose latest outcome answer consents to the
 * partner report are read (a separate consent from the funder's, and from the
 * sponsorship's progress consent, which must still stand). Each graduate
 * counts once, by her latest answer after the course; paid work on the board
 * counts as working even without an answer. A count of 1 or 2, and any count
 * when fewer than 3 graduates consented, is null ("fewer than 3").
 */
export function partnerOutcomes(userIds: readonly number[]): { people: number | null; counts: Record<OutcomeStatus, number | null> | null } {
  const consenting = [...new Set(userIds)].filter((id) => latestConsent(id).partner);
  const latest = new Map<number, OutcomeStatus>();
  if (consenting.length) {
    const rows = getConnection()
      .sqlite.prepare(
        `select user_id as userId, status from outcome_reports
         where source = 'survey' and months > 0 and answered_at is not null and user_id in (select value from json_each(?))
         order by answered_at, id`,
      )
      .all(JSON.stringify(consenting)) as { userId: number; status: OutcomeStatus }[];
    for (const row of rows) latest.set(row.userId, row.status);
    for (const work of boardOutcomesOf(consenting)) latest.set(work.userId, "working");
  }
  const people = latest.size;
  return {
    people: headCount(people),
    counts: groupFigure(
      people,
      () => Object.fromEntries(OUTCOME_STATUSES.map((s) => [s, headCount([...latest.values()].filter((v) => v === s).length)])) as Record<OutcomeStatus, number | null>,
    ),
  };
}
