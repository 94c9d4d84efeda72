import { and, desc, eq, inArray, or } from "drizzle-orm";
import { getConnection } from "#db/client";
import { organisations, type WorkKind, type WorkPayKind } from "#db/schema";
import { workApplicationMembers, workApplications, workChecklistItems, workOrders, workWorkers, type LocalisedText } from "#db/schema-work";
import type { Locale } from "~/i18n/config";
import { organisationsOfManager } from "../partners/organisations.server";
import { certifiedCourses, orderFits } from "./eligibility.server";

export type WorkOrder = typeof workOrders.$inferSelect;

export interface NewWorkOrder {
  organisationId: number;
  title: LocalisedText;
  description: LocalisedText;
  kind: WorkKind;
  requiredCourses: string[];
  languages: Locale[];
  teamSize: number;
  estimatedHours: number;
  payKind: WorkPayKind;
  payYen: number;
  deadline: string;
  firmMayBeNamed: boolean;
  checklist: string[];
  createdBy: number;
}

/** Posts an order with its checklist, open for applications. */
export function createOrder(input: NewWorkOrder): WorkOrder {
  const { sqlite, db } = getConnection();
  return sqlite.transaction(() => {
    const { checklist, ...order } = input;
    const row = db.insert(workOrders).values(order).returning().get();
    if (checklist.length) db.insert(workChecklistItems).values(checklist.map((text, position) => ({ orderId: row.id, position, text }))).run();
    return row;
  })();
}

export function getOrder(id: number): WorkOrder | null {
  return getConnection().db.select().from(workOrders).where(eq(workOrders.id, id)).get() ?? null;
}

export function organisationName(id: number): string {
  return getConnection().db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, id)).get()?.name ?? "";
}

/** The text in the reader's language, else the first one the firm wrote (and in which language). */
export function localised(text: LocalisedText, locale: Locale): { text: string; lang: Locale } {
  if (text[locale]) return { text: text[locale]!, lang: locale };
  const [lang, value] = (Object.entries(text).find(([, v]) => v) ?? [locale, ""]) as [Locale, string];
  return { text: value, lang };
}

/** Every order of the firms this person manages, newest first. */
export function ordersOfManager(userId: number): (WorkOrder & { organisationName: string })[] {
  const orgs = organisationsOfManager(userId);
  if (!orgs.length) return [];
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  return getConnection()
    .db.select()
    .from(workOrders)
    .where(inArray(workOrders.organisationId, [...names.keys()]))
    .orderBy(desc(workOrders.createdAt), desc(workOrders.id))
    .all()
    .map((o) => ({ ...o, organisationName: names.get(o.organisationId) ?? "" }));
}

/** Orders a graduate is part of: she leads or joins an application (or was invited), or works on it. */
export function ordersInvolving(userId: number): number[] {
  const { db } = getConnection();
  const lead = db.select({ id: workApplications.orderId }).from(workApplications).where(eq(workApplications.userId, userId)).all();
  const member = db
    .select({ id: workApplications.orderId })
    .from(workApplicationMembers)
    .innerJoin(workApplications, eq(workApplications.id, workApplicationMembers.applicationId))
    .where(eq(workApplicationMembers.userId, userId))
    .all();
  const worker = db.select({ id: workWorkers.orderId }).from(workWorkers).where(eq(workWorkers.userId, userId)).all();
  return [...new Set([...lead, ...member, ...worker].map((r) => r.id))];
}

/**
 * What a graduate sees on the board: the open orders that fit her, and every
 * order she is part of. Nobody without a certificate sees any.
 */
export function boardFor(user: { id: number; locale: Locale }): (WorkOrder & { organisationName: string })[] {
  const courses = certifiedCourses(user.id);
  if (!courses.length) return [];
  const involved = ordersInvolving(user.id);
  const rows = getConnection()
    .db.select({ order: workOrders, organisationName: organisations.name })
    .from(workOrders)
    .innerJoin(organisations, eq(organisations.id, workOrders.organisationId))
    .where(involved.length ? or(eq(workOrders.state, "open"), inArray(workOrders.id, involved)) : eq(workOrders.state, "open"))
    .orderBy(desc(workOrders.createdAt), desc(workOrders.id))
    .all();
  return rows
    .filter((r) => involved.includes(r.order.id) || orderFits(r.order, user, courses))
    .map((r) => ({ ...r.order, organisationName: r.organisationName }));
}

export function checklistOf(orderId: number) {
  return getConnection().db.select().from(workChecklistItems).where(eq(workChecklistItems.orderId, orderId)).orderBy(workChecklistItems.position).all();
}

export function workersOf(orderId: number): number[] {
  return getConnection()
    .db.select({ userId: workWorkers.userId })
    .from(workWorkers)
    .where(eq(workWorkers.orderId, orderId))
    .all()
    .map((r) => r.userId);
}

export function isWorker(orderId: number, userId: number): boolean {
  return getConnection().db.select({ userId: workWorkers.userId }).from(workWorkers).where(and(eq(workWorkers.orderId, orderId), eq(workWorkers.userId, userId))).get() !== undefined;
}
