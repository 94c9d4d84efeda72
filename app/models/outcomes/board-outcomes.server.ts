import { getConnection } from "#db/client";

// Paid work through the board is an outcome without anyone filling in a
// survey (docs/decisions/020-outcomes-and-funders.md): it is derived here from the work tables on
// every read, never copied, so a payment recorded or corrected later counts
// at once, and the board's own models stay the only writers of those tables.

export interface BoardOutcome {
  userId: number;
  orderId: number;
  /** The first payment's date (ISO): when the work became an outcome. */
  firstPaidOn: string;
  /** Confirmed hours over the weeks the order ran, rounded; at least one week. */
  hoursPerWeek: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Every paid order each of these people worked on. */
export function boardOutcomesOf(userIds: readonly number[]): BoardOutcome[] {
  if (!userIds.length) return [];
  const rows = getConnection()
    .sqlite.prepare(
      `select w.user_id as userId, o.id as orderId, o.assigned_at as assignedAt, o.completed_at as completedAt,
              (select min(p.paid_on) from work_payments p where p.order_id = o.id) as firstPaidOn,
              (select coalesce(sum(h.minutes), 0) from work_hours h where h.order_id = o.id and h.user_id = w.user_id and h.confirmed_at is not null) as minutes,
              (select min(h.worked_on) from work_hours h where h.order_id = o.id and h.user_id = w.user_id and h.confirmed_at is not null) as firstDay,
              (select max(h.worked_on) from work_hours h where h.order_id = o.id and h.user_id = w.user_id and h.confirmed_at is not null) as lastDay
       from work_workers w join work_orders o on o.id = w.order_id
       where w.user_id in (select value from json_each(?))
         and exists (select 1 from work_payments p where p.order_id = o.id)`,
    )
    .all(JSON.stringify(userIds)) as {
    userId: number;
    orderId: number;
    assignedAt: number | null;
    completedAt: number | null;
    firstPaidOn: string;
    minutes: number;
    firstDay: string | null;
    lastDay: string | null;
  }[];
  return rows.map((r) => {
    // The order's duration: from assignment to completion where the board
    // recorded them, else the span of the hours themselves.
    const start = r.assignedAt ?? (r.firstDay ? Date.parse(r.firstDay) : null);
    const end = r.completedAt ?? (r.lastDay ? Date.parse(r.lastDay) + DAY_MS : null);
    const weeks = start !== null && end !== null ? Math.max(1, (end - start) / (7 * DAY_MS)) : 1;
    return { userId: r.userId, orderId: r.orderId, firstPaidOn: r.firstPaidOn, hoursPerWeek: Math.round(r.minutes / 60 / weeks) };
  });
}
