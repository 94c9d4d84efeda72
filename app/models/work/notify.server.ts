import type { NotificationKind } from "#db/schema";
import { notify } from "../notifications.server";
import { managersOf } from "../partners/organisations.server";
import { workersOf, type WorkOrder } from "./orders.server";

// Every event in a workspace tells the other side: the firm's managers, or the workers.

type WorkKind = Extract<NotificationKind, `work_${string}`>;

export function notifyFirm(order: Pick<WorkOrder, "id" | "organisationId">, kind: WorkKind, actorId: number, link = `/work/${order.id}/workspace`): void {
  notify(managersOf(order.organisationId).filter((m) => m.id !== actorId).map((m) => ({ userId: m.id, kind, actorId, link })));
}

export function notifyWorkers(order: Pick<WorkOrder, "id">, kind: WorkKind, actorId: number): void {
  notify(workersOf(order.id).filter((id) => id !== actorId).map((userId) => ({ userId, kind, actorId, link: `/work/${order.id}/workspace` })));
}

/** The side that did not act hears of it; a message from the mentor goes to both. */
export function notifyOtherSide(order: Pick<WorkOrder, "id" | "organisationId">, kind: WorkKind, actor: { id: number; side: "firm" | "worker" | "mentor" }): void {
  if (actor.side !== "firm") notifyFirm(order, kind, actor.id);
  if (actor.side !== "worker") notifyWorkers(order, kind, actor.id);
}
