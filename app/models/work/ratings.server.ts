import { and, eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { users } from "#db/schema";
import { workRatings } from "#db/schema-work";
import { notifyFirm, notifyWorkers } from "./notify.server";
import { workersOf, type WorkOrder } from "./orders.server";

/** Ratings come once the order is completed: the firm rates each worker once, each worker rates the firm once. */
export function rate(order: WorkOrder, rater: { id: number; side: "firm" | "worker" }, input: { workerId: number | null; stars: number; comment: string }): boolean {
  if (order.state !== "completed") return false;
  const { db } = getConnection();
  if (rater.side === "firm") {
    if (input.workerId === null || !workersOf(order.id).includes(input.workerId)) return false;
    const res = db.insert(workRatings).values({ orderId: order.id, direction: "firm_to_worker", raterId: rater.id, workerId: input.workerId, stars: input.stars, comment: input.comment }).onConflictDoNothing().run();
    if (res.changes) notifyWorkers(order, "work_rated", rater.id);
    return res.changes > 0;
  }
  const res = db.insert(workRatings).values({ orderId: order.id, direction: "worker_to_firm", raterId: rater.id, workerId: null, stars: input.stars, comment: input.comment }).onConflictDoNothing().run();
  if (res.changes) notifyFirm(order, "work_rated", rater.id);
  return res.changes > 0;
}

export function ratingsOf(orderId: number) {
  return getConnection()
    .db.select({ id: workRatings.id, direction: workRatings.direction, raterId: workRatings.raterId, workerId: workRatings.workerId, stars: workRatings.stars, comment: workRatings.comment, raterName: users.name })
    .from(workRatings)
    .leftJoin(users, eq(users.id, workRatings.raterId))
    .where(and(eq(workRatings.orderId, orderId)))
    .all();
}
