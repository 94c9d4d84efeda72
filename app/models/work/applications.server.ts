import { and, eq, inArray, ne } from "drizzle-orm";
import { getConnection } from "#db/client";
import { users } from "#db/schema";
import { portfolios, workApplicationMembers, workApplications, workOrders, workWorkers } from "#db/schema-work";
import type { Locale } from "~/i18n/config";
import { notify } from "../notifications.server";
import { findUserIdByEmail } from "../users.server";
import { certifiedCourses, isGraduate, orderFits } from "./eligibility.server";
import { getOrder, type WorkOrder } from "./orders.server";
import { notifyFirm } from "./notify.server";

export type WorkApplication = typeof workApplications.$inferSelect;

/** Her own row for the order (as its lead): an invitation or an application. */
export function applicationOf(orderId: number, userId: number): WorkApplication | null {
  return getConnection().db.select().from(workApplications).where(and(eq(workApplications.orderId, orderId), eq(workApplications.userId, userId))).get() ?? null;
}

/** The application she is a teammate on, if any. */
export function teamApplicationOf(orderId: number, userId: number): WorkApplication | null {
  return (
    getConnection()
      .db.select({ app: workApplications })
      .from(workApplicationMembers)
      .innerJoin(workApplications, eq(workApplications.id, workApplicationMembers.applicationId))
      .where(and(eq(workApplications.orderId, orderId), eq(workApplicationMembers.userId, userId)))
      .get()?.app ?? null
  );
}

export type ApplyResult =
  | { ok: true; application: WorkApplication }
  | { ok: false; reason: "closed" | "notEligible" | "already" | "tooMany" | "unknownTeammate" | "teammateNotGraduate" | "teammateTaken" | "self"; email?: string };

/**
 * Applies alone or as a team. The lead must fit the order (a required
 * certificate and a common language) or have been invited to it; each teammate, named by e-mail, must
 * hold some kumi certificate, and nobody may be on two applications for one order.
 */
export function apply(order: WorkOrder, lead: { id: number; locale: Locale; email: string }, note: string, teammateEmails: string[]): ApplyResult {
  const { sqlite, db } = getConnection();
  return sqlite.transaction((): ApplyResult => {
    if (order.state !== "open") return { ok: false, reason: "closed" };
    const existing = applicationOf(order.id, lead.id);
    // A firm that invited her asked for her: any kumi certificate will do.
    const invited = existing?.state === "invited" && isGraduate(lead.id);
    if (!invited && !orderFits(order, lead)) return { ok: false, reason: "notEligible" };
    if ((existing && existing.state !== "invited" && existing.state !== "withdrawn") || teamApplicationOf(order.id, lead.id)) return { ok: false, reason: "already" };
    const emails = [...new Set(teammateEmails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
    if (emails.length + 1 > order.teamSize) return { ok: false, reason: "tooMany" };
    const teammates: number[] = [];
    for (const email of emails) {
      if (email === lead.email.toLowerCase()) return { ok: false, reason: "self", email };
      const mateId = findUserIdByEmail(email);
      const mate = mateId ? { id: mateId } : null;
      if (!mate) return { ok: false, reason: "unknownTeammate", email };
      if (!certifiedCourses(mate.id).length) return { ok: false, reason: "teammateNotGraduate", email };
      const taken = teamApplicationOf(order.id, mate.id) ?? applicationOf(order.id, mate.id);
      if (taken && taken.state !== "invited" && taken.state !== "withdrawn") return { ok: false, reason: "teammateTaken", email };
      teammates.push(mate.id);
    }
    const application = existing
      ? db.update(workApplications).set({ state: "applied", note, createdAt: new Date() }).where(eq(workApplications.id, existing.id)).returning().get()!
      : db.insert(workApplications).values({ orderId: order.id, userId: lead.id, note, state: "applied" }).returning().get();
    db.delete(workApplicationMembers).where(eq(workApplicationMembers.applicationId, application.id)).run();
    if (teammates.length) db.insert(workApplicationMembers).values(teammates.map((userId) => ({ applicationId: application.id, userId }))).run();
    notifyFirm(order, "work_applied", lead.id, `/work/${order.id}`);
    return { ok: true, application };
  })();
}

/** Everyone on an application: its lead first, then the teammates. */
export function peopleOf(application: Pick<WorkApplication, "id" | "userId">): number[] {
  const members = getConnection()
    .db.select({ userId: workApplicationMembers.userId })
    .from(workApplicationMembers)
    .where(eq(workApplicationMembers.applicationId, application.id))
    .all();
  return [application.userId, ...members.map((m) => m.userId)];
}

/** The applications a firm sees (invitations not yet answered are not applications). */
export function applicantsOf(orderId: number) {
  const { db } = getConnection();
  const apps = db
    .select()
    .from(workApplications)
    .where(and(eq(workApplications.orderId, orderId), inArray(workApplications.state, ["applied", "picked", "not_picked"])))
    .orderBy(workApplications.createdAt, workApplications.id)
    .all();
  return apps.map((a) => {
    const ids = peopleOf(a);
    const people = db
      .select({ id: users.id, name: users.name, handle: portfolios.handle })
      .from(users)
      .leftJoin(portfolios, eq(portfolios.userId, users.id))
      .where(inArray(users.id, ids))
      .all();
    return {
      id: a.id,
      note: a.note,
      state: a.state,
      people: ids.map((id) => {
        const p = people.find((x) => x.id === id)!;
        return { id, name: p?.name ?? "", portfolio: p?.handle ?? null, courses: certifiedCourses(id) };
      }),
    };
  });
}

export type PickResult = { ok: true } | { ok: false; reason: "closed" | "unknown" };

/** The firm picks one application: its people become the workers, the order starts, everyone else is told. */
export function pick(orderId: number, applicationId: number, by: number, now = new Date()): PickResult {
  const { sqlite, db } = getConnection();
  return sqlite.transaction((): PickResult => {
    const order = getOrder(orderId);
    if (!order || order.state !== "open") return { ok: false, reason: "closed" };
    const chosen = db.select().from(workApplications).where(and(eq(workApplications.id, applicationId), eq(workApplications.orderId, orderId), eq(workApplications.state, "applied"))).get();
    if (!chosen) return { ok: false, reason: "unknown" };
    const workers = peopleOf(chosen);
    db.insert(workWorkers).values(workers.map((userId) => ({ orderId, userId, joinedAt: now }))).run();
    db.update(workOrders).set({ state: "in_progress", assignedAt: now }).where(eq(workOrders.id, orderId)).run();
    db.update(workApplications).set({ state: "picked", decidedAt: now }).where(eq(workApplications.id, chosen.id)).run();
    const others = db
      .update(workApplications)
      .set({ state: "not_picked", decidedAt: now })
      .where(and(eq(workApplications.orderId, orderId), ne(workApplications.id, chosen.id), eq(workApplications.state, "applied")))
      .returning()
      .all();
    const link = `/work/${orderId}`;
    notify([
      ...workers.map((userId) => ({ userId, kind: "work_picked" as const, actorId: by, link: `${link}/workspace` })),
      ...others.flatMap((a) => peopleOf(a)).map((userId) => ({ userId, kind: "work_not_picked" as const, actorId: by, link })),
    ]);
    return { ok: true };
  })();
}
