import { getConnection } from "#db/client";
import { createCommission } from "~/models/partners/commissions.server";
import { createOrganisation } from "~/models/partners/organisations.server";
import { saveFunder, setFundedSeats } from "~/models/funders/definition.server";

// Rows for the outcome, funder and portfolio tests, written straight into the
// real test database (made by the real migrations). People are inserted
// without a password hash worth the name: these tests never sign in, and
// argon2 for dozens of graduates would only make them slow.

const DAY_MS = 24 * 60 * 60 * 1000;
let n = 0;

export function person(name: string, roles: string[] = ["learner"]): number {
  const { sqlite } = getConnection();
  const id = Number(sqlite.prepare("insert into users (name, email, password_hash) values (?, ?, 'x') returning id").pluck().get(name, `outcome-${++n}-${Date.now()}@example.org`));
  for (const role of roles) sqlite.prepare("insert into user_roles (user_id, role) values (?, ?)").run(id, role);
  return id;
}

/** A certificate issued `daysAgo` days before `now`. */
export function certify(userId: number, courseId: string, now: Date, daysAgo: number): string {
  const code = `code${++n}x${userId}`;
  getConnection().sqlite.prepare("insert into certificates (code, user_id, course_id, holder_name, created_at) values (?, ?, ?, 'x', ?)").run(code, userId, courseId, now.getTime() - daysAgo * DAY_MS);
  return code;
}

/** A funder paying for `seats` places in a fresh commission of a fresh firm. */
export function fundedCommission(options: { minHours?: number; withinMonths?: number } = {}) {
  const staff = person("Staff", ["trainer"]);
  const firm = createOrganisation(`Firm ${++n}`, staff);
  const fund = createOrganisation(`Fund ${n}`, staff);
  const commission = createCommission({ organisationId: firm.id, courseId: "rpa-foundations", seats: 10, startsOn: "2025-01-01", endsOn: "2099-12-31", languages: ["en"], createdBy: staff });
  saveFunder(fund.id, { kind: "impact_bond", outcomeMinHours: options.minHours ?? 20, outcomeWithinMonths: options.withinMonths ?? 6 });
  setFundedSeats(fund.id, commission.id, 8);
  return { firm, fund, commission, staff };
}

export function sponsor(commissionId: number, userId: number): void {
  getConnection().sqlite.prepare("insert into sponsorships (commission_id, user_id, consented_at) values (?, ?, ?)").run(commissionId, userId, Date.now());
}

/** A completed order of the firm with these workers, paid on `paidOn`, with confirmed hours. */
export function paidOrder(organisationId: number, workers: number[], options: { paidOn: string; assignedAt: Date; completedAt: Date; minutesEach: number; firmMayBeNamed?: boolean; state?: string }) {
  const { sqlite } = getConnection();
  const orderId = Number(
    sqlite
      .prepare(
        `insert into work_orders (organisation_id, title, description, kind, required_courses, languages, team_size, estimated_hours, pay_kind, pay_yen, deadline, state, firm_may_be_named, assigned_at, completed_at)
         values (?, '{"en":"Invoice bot","ja":"請求書ボット"}', '{"en":"Build it"}', 'build_bot', '["rpa-foundations"]', '["en"]', ?, 10, 'fixed', 50000, '2099-01-01', ?, ?, ?, ?) returning id`,
      )
      .pluck()
      .get(organisationId, Math.max(1, workers.length), options.state ?? "completed", options.firmMayBeNamed ? 1 : 0, options.assignedAt.getTime(), options.completedAt.getTime()),
  );
  for (const w of workers) {
    sqlite.prepare("insert into work_workers (order_id, user_id) values (?, ?)").run(orderId, w);
    // At most 10 hours a row, as a day's log would be.
    for (let left = options.minutesEach; left > 0; left -= 600)
      sqlite.prepare("insert into work_hours (order_id, user_id, worked_on, minutes, confirmed_at) values (?, ?, ?, ?, ?)").run(orderId, w, options.paidOn, Math.min(600, left), Date.now());
  }
  if (options.state === undefined || options.state === "completed") sqlite.prepare("insert into work_payments (order_id, paid_on, amount_yen) values (?, ?, 50000)").run(orderId, options.paidOn);
  return orderId;
}

export const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
