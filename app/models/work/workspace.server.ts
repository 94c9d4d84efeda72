import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { getConnection } from "#db/client";
import { cohortMembers, mentorships, users } from "#db/schema";
import { workChecklistItems, workMessages, workOrders } from "#db/schema-work";
import { notify } from "../notifications.server";
import { notifyOtherSide } from "./notify.server";
import { workersOf, type WorkOrder } from "./orders.server";

export type Side = "firm" | "worker" | "mentor";

/** Messages and checklist ticks are for an order being worked on. */
const isLive = (order: Pick<WorkOrder, "state">) => order.state === "in_progress";

export function postMessage(order: WorkOrder, author: { id: number; side: Side }, body: string): boolean {
  if (!isLive(order)) return false;
  getConnection().db.insert(workMessages).values({ orderId: order.id, authorId: author.id, body }).run();
  notifyOtherSide(order, "work_message", author);
  return true;
}

export function messagesOf(orderId: number) {
  return getConnection()
    .db.select({ id: workMessages.id, body: workMessages.body, createdAt: workMessages.createdAt, authorName: users.name, authorId: workMessages.authorId })
    .from(workMessages)
    .leftJoin(users, eq(users.id, workMessages.authorId))
    .where(eq(workMessages.orderId, orderId))
    .orderBy(desc(workMessages.createdAt), desc(workMessages.id))
    .limit(100)
    .all()
    .reverse();
}

/** A worker ticks (or unticks) a checklist line of her order. */
export function setChecklistItem(order: WorkOrder, itemId: number, done: boolean, by: number, now = new Date()): boolean {
  if (!isLive(order)) return false;
  const res = getConnection()
    .db.update(workChecklistItems)
    .set(done ? { doneAt: now, doneBy: by } : { doneAt: null, doneBy: null })
    .where(and(eq(workChecklistItems.id, itemId), eq(workChecklistItems.orderId, order.id)))
    .run();
  return res.changes > 0;
}

/** The mentors of the workers: mentors of a team one of them learned in (active or completed mentorship). */
export function mentorsOfWorkers(orderId: number): { id: number; name: string }[] {
  const workers = workersOf(orderId);
  if (!workers.length) return [];
  const rows = getConnection()
    .db.selectDistinct({ id: users.id, name: users.name })
    .from(cohortMembers)
    .innerJoin(mentorships, and(eq(mentorships.cohortId, cohortMembers.cohortId), inArray(mentorships.state, ["active", "completed"])))
    .innerJoin(users, eq(users.id, mentorships.mentorId))
    .where(inArray(cohortMembers.userId, workers))
    .all();
  return rows.filter((r) => !workers.includes(r.id));
}

/** The workers ask one of their mentors in; the mentor hears of it. */
export function askMentor(order: WorkOrder, mentorId: number, by: number): boolean {
  if (!isLive(order) || !mentorsOfWorkers(order.id).some((m) => m.id === mentorId)) return false;
  const res = getConnection().db.update(workOrders).set({ mentorId }).where(and(eq(workOrders.id, order.id), isNull(workOrders.mentorId))).run();
  if (res.changes) notify({ userId: mentorId, kind: "work_mentor", actorId: by, link: `/work/${order.id}/workspace` });
  return res.changes > 0;
}
