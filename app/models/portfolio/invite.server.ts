import { getConnection } from "#db/client";
import type { LocalisedText } from "#db/schema-work";
import type { Locale } from "~/i18n/config";
import { notify } from "../notifications.server";

// A partner firm's manager asks a graduate, from her portfolio, to apply for
// one of the firm's open orders. The invitation is a work_applications row in
// state "invited"; the work board turns it into an application when she
// applies.

export interface InvitableOrder {
  id: number;
  title: string;
  organisation: string;
}

const pick = (text: LocalisedText, locale: Locale) => text[locale] ?? text.en ?? text.uk ?? text.ja ?? "";

/** The open orders of the firms this person manages. */
export function invitableOrders(managerId: number, locale: Locale): InvitableOrder[] {
  const rows = getConnection()
    .sqlite.prepare(
      `select o.id, o.title, g.name as organisation from work_orders o
       join organisation_members m on m.organisation_id = o.organisation_id and m.user_id = ?
       join organisations g on g.id = o.organisation_id
       where o.state = 'open' order by o.created_at desc, o.id desc`,
    )
    .all(managerId) as { id: number; title: string; organisation: string }[];
  return rows.map((r) => ({ id: r.id, organisation: r.organisation, title: pick(JSON.parse(r.title) as LocalisedText, locale) }));
}

export type InviteResult = { ok: true } | { ok: false; reason: "notInvitable" | "already" | "self" };

export function inviteToOrder(managerId: number, orderId: number, graduateId: number): InviteResult {
  if (managerId === graduateId) return { ok: false, reason: "self" };
  const order = invitableOrders(managerId, "en").find((o) => o.id === orderId);
  if (!order) return { ok: false, reason: "notInvitable" };
  const { sqlite } = getConnection();
  const inserted = sqlite
    .prepare("insert into work_applications (order_id, user_id, state, invited_by) values (?, ?, 'invited', ?) on conflict (order_id, user_id) do nothing")
    .run(orderId, graduateId, managerId);
  // She applied already, or was invited before: nothing new to tell her.
  if (!inserted.changes) return { ok: false, reason: "already" };
  notify({ userId: graduateId, kind: "work_invited", actorId: managerId, link: "/work", data: { organisation: order.organisation } });
  return { ok: true };
}
