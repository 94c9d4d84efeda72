import { and, asc, eq, isNull } from "drizzle-orm";
import { getConnection } from "#db/client";
import { users } from "#db/schema";
import { workHours, workPayments } from "#db/schema-work";
import { notifyFirm, notifyWorkers } from "./notify.server";
import type { WorkOrder } from "./orders.server";

// Hours and payments: kumi records them; it moves no money.

const open = (order: Pick<WorkOrder, "state">) => order.state === "in_progress" || order.state === "completed";

export function logHours(order: WorkOrder, userId: number, input: { workedOn: string; minutes: number; note: string }): boolean {
  if (!open(order)) return false;
  getConnection().db.insert(workHours).values({ orderId: order.id, userId, ...input }).run();
  notifyFirm(order, "work_hours", userId);
  return true;
}

/** The firm confirms every hour logged so far. */
export function confirmHours(order: WorkOrder, by: number, now = new Date()): number {
  if (!open(order)) return 0;
  const res = getConnection()
    .db.update(workHours)
    .set({ confirmedAt: now, confirmedBy: by })
    .where(and(eq(workHours.orderId, order.id), isNull(workHours.confirmedAt)))
    .run();
  if (res.changes) notifyWorkers(order, "work_hours", by);
  return res.changes;
}

export function recordPayment(order: WorkOrder, by: number, input: { paidOn: string; amountYen: number; note: string }): boolean {
  if (!open(order)) return false;
  getConnection().db.insert(workPayments).values({ orderId: order.id, recordedBy: by, ...input }).run();
  notifyWorkers(order, "work_paid", by);
  return true;
}

/** Every line, and totals computed from the same lines so that they add up. */
export function hoursAndPayments(orderId: number) {
  const { db } = getConnection();
  const hours = db
    .select({ id: workHours.id, workedOn: workHours.workedOn, minutes: workHours.minutes, note: workHours.note, confirmed: workHours.confirmedAt, name: users.name })
    .from(workHours)
    .innerJoin(users, eq(users.id, workHours.userId))
    .where(eq(workHours.orderId, orderId))
    .orderBy(asc(workHours.workedOn), asc(workHours.id))
    .all()
    .map((h) => ({ ...h, confirmed: h.confirmed !== null }));
  const payments = db.select().from(workPayments).where(eq(workPayments.orderId, orderId)).orderBy(asc(workPayments.paidOn), asc(workPayments.id)).all();
  const minutes = hours.reduce((s, h) => s + h.minutes, 0);
  const confirmedMinutes = hours.filter((h) => h.confirmed).reduce((s, h) => s + h.minutes, 0);
  const paidYen = payments.reduce((s, p) => s + p.amountYen, 0);
  return { hours, payments, totals: { minutes, confirmedMinutes, paidYen } };
}
