import { and, desc, eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { users } from "#db/schema";
import { workDeliverables, workOrders } from "#db/schema-work";
import { notifyFirm, notifyWorkers } from "./notify.server";
import type { WorkOrder } from "./orders.server";

export type Deliverable = typeof workDeliverables.$inferSelect;

/** A worker hands in a delivery (a link, or a stored file) while the order is in progress. */
export function deliver(
  order: WorkOrder,
  by: number,
  input: { note: string; url?: string | null; file?: { name: string; storedAs: string; bytes: number; type: string } | null },
): Deliverable | null {
  if (order.state !== "in_progress") return null;
  const row = getConnection()
    .db.insert(workDeliverables)
    .values({
      orderId: order.id,
      submittedBy: by,
      note: input.note,
      url: input.url ?? null,
      fileName: input.file?.name ?? null,
      storedAs: input.file?.storedAs ?? null,
      fileBytes: input.file?.bytes ?? null,
      fileType: input.file?.type ?? null,
    })
    .returning()
    .get();
  notifyFirm(order, "work_delivered", by);
  return row;
}

export type ReviewResult = { ok: true; completed: boolean } | { ok: false };

/** The firm accepts a delivery (the order is then completed) or asks for changes with a note. */
export function reviewDelivery(order: WorkOrder, deliverableId: number, by: number, decision: "accept" | "changes", note: string, now = new Date()): ReviewResult {
  const { sqlite, db } = getConnection();
  return sqlite.transaction((): ReviewResult => {
    if (order.state !== "in_progress") return { ok: false };
    const res = db
      .update(workDeliverables)
      .set({ state: decision === "accept" ? "accepted" : "changes_requested", reviewNote: note || null, reviewedBy: by, reviewedAt: now })
      .where(and(eq(workDeliverables.id, deliverableId), eq(workDeliverables.orderId, order.id), eq(workDeliverables.state, "submitted")))
      .run();
    if (!res.changes) return { ok: false };
    if (decision === "accept") db.update(workOrders).set({ state: "completed", completedAt: now }).where(eq(workOrders.id, order.id)).run();
    notifyWorkers(order, decision === "accept" ? "work_accepted" : "work_changes", by);
    return { ok: true, completed: decision === "accept" };
  })();
}

export function deliverablesOf(orderId: number) {
  return getConnection()
    .db.select({ d: workDeliverables, by: users.name })
    .from(workDeliverables)
    .leftJoin(users, eq(users.id, workDeliverables.submittedBy))
    .where(eq(workDeliverables.orderId, orderId))
    .orderBy(desc(workDeliverables.createdAt), desc(workDeliverables.id))
    .all()
    .map(({ d, by }) => ({ ...d, submittedByName: by }));
}

export function getDeliverable(orderId: number, id: number): Deliverable | null {
  return getConnection().db.select().from(workDeliverables).where(and(eq(workDeliverables.orderId, orderId), eq(workDeliverables.id, id))).get() ?? null;
}
