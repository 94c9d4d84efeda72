import { describe, expect, it } from "vitest";
import { getConnection } from "#db/client";
import { hasAnything, portfolioItems, publicOnly, setItemPublic } from "~/models/portfolio/items.server";
import { invitableOrders, inviteToOrder } from "~/models/portfolio/invite.server";
import { portfolioByHandle, savePortfolio } from "~/models/portfolio/profile.server";
import { createOrganisation } from "~/models/partners/organisations.server";
import { requirePortfolioView } from "~/policies/portfolio.server";
import { getUserById } from "~/models/users.server";
import { certify, daysAgo, isoDay, paidOrder, person } from "../support/outcome-world";

const NOW = new Date();

function graduateWithWork() {
  const u = person("Portfolio owner");
  const code = certify(u, "rpa-foundations", NOW, 30);
  const staff = person("Staff", ["trainer"]);
  const named = createOrganisation("Named Firm", staff);
  const unnamed = createOrganisation("Quiet Firm", staff);
  const namedOrder = paidOrder(named.id, [u], { paidOn: isoDay(daysAgo(NOW, 5)), assignedAt: daysAgo(NOW, 20), completedAt: daysAgo(NOW, 5), minutesEach: 600, firmMayBeNamed: true });
  const quietOrder = paidOrder(unnamed.id, [u], { paidOn: isoDay(daysAgo(NOW, 5)), assignedAt: daysAgo(NOW, 20), completedAt: daysAgo(NOW, 5), minutesEach: 600 });
  getConnection().sqlite.prepare("insert into work_ratings (order_id, direction, worker_id, stars) values (?, 'firm_to_worker', ?, 5), (?, 'firm_to_worker', ?, 4)").run(namedOrder, u, quietOrder, u);
  return { u, code, namedOrder, quietOrder, named };
}

describe("portfolio privacy", () => {
  it("handles: lower-case letters, digits and hyphens, unique", () => {
    const a = person("A");
    const b = person("B");
    expect(savePortfolio(a, { handle: "Natalia", profile: {} })).toEqual({ ok: false, reason: "invalid" });
    expect(savePortfolio(a, { handle: "-nat", profile: {} })).toEqual({ ok: false, reason: "invalid" });
    const handle = `nat-${a}`;
    expect(savePortfolio(a, { handle, profile: { uk: "Привіт", en: " " } }).ok).toBe(true);
    expect(portfolioByHandle(handle)!.profile).toEqual({ uk: "Привіт" });
    expect(savePortfolio(b, { handle, profile: {} })).toEqual({ ok: false, reason: "taken" });
  });

  it("shows others only what she made public, item by item; nothing public is a 404", () => {
    const { u, code, namedOrder, quietOrder } = graduateWithWork();
    savePortfolio(u, { handle: `owner-${u}`, profile: { en: "I build bots." } });
    const owner = getUserById(u)!;
    const all = portfolioItems(u, "en");
    expect(all.certificates.map((c) => c.public)).toEqual([false]);
    expect(all.orders.map((o) => [o.orderId, o.firm])).toEqual([
      [namedOrder, "Named Firm"],
      [quietOrder, null], // the firm did not agree to be named
    ]);
    expect(all.ratings).toEqual({ average: 4.5, count: 2, public: false });
    expect(hasAnything(publicOnly(all))).toBe(false);
    expect(() => requirePortfolioView(null, `owner-${u}`, "en")).toThrow();
    expect(requirePortfolioView(owner, `owner-${u}`, "en").owner).toBe(true);

    expect(setItemPublic(u, "certificate", code, true)).toBe(true);
    expect(setItemPublic(u, "order", String(quietOrder), true)).toBe(true);
    const seen = requirePortfolioView(null, `owner-${u}`, "en").items;
    expect(seen.certificates.map((c) => c.code)).toEqual([code]);
    expect(seen.orders.map((o) => o.orderId)).toEqual([quietOrder]);
    expect(seen.profile).toBeNull();
    expect(seen.ratings).toBeNull();

    // Private again: gone for others.
    expect(setItemPublic(u, "order", String(quietOrder), false)).toBe(true);
    expect(requirePortfolioView(null, `owner-${u}`, "en").items.orders).toEqual([]);
  });

  it("switches only items she holds", () => {
    const { u } = graduateWithWork();
    const other = person("Other");
    const theirs = certify(other, "rpa-foundations", NOW, 3);
    expect(setItemPublic(u, "certificate", theirs, true)).toBe(false);
    expect(setItemPublic(u, "order", "999999", true)).toBe(false);
    expect(setItemPublic(u, "profile", "", true)).toBe(false); // she wrote no profile
  });
});

describe("inviting from a portfolio", () => {
  it("a firm's manager invites to the firm's own open orders, once; the graduate is notified", () => {
    const { u, named } = graduateWithWork();
    const manager = person("Manager", ["partner"]);
    const stranger = person("Other manager", ["partner"]);
    getConnection().sqlite.prepare("insert into organisation_members (organisation_id, user_id) values (?, ?)").run(named.id, manager);
    const open = paidOrder(named.id, [], { paidOn: "2099-01-01", assignedAt: NOW, completedAt: NOW, minutesEach: 0, state: "open" });
    expect(invitableOrders(manager, "en").map((o) => o.id)).toEqual([open]);
    expect(inviteToOrder(stranger, open, u)).toEqual({ ok: false, reason: "notInvitable" });
    expect(inviteToOrder(manager, open, manager)).toEqual({ ok: false, reason: "self" });
    expect(inviteToOrder(manager, open, u)).toEqual({ ok: true });
    expect(inviteToOrder(manager, open, u)).toEqual({ ok: false, reason: "already" });
    const { sqlite } = getConnection();
    expect(sqlite.prepare("select state, invited_by as invitedBy from work_applications where order_id = ? and user_id = ?").get(open, u)).toEqual({ state: "invited", invitedBy: manager });
    expect(sqlite.prepare("select count(*) from notifications where user_id = ? and kind = 'work_invited'").pluck().get(u)).toBe(1);

    // She applied herself to another order: the invitation says so.
    const second = paidOrder(named.id, [], { paidOn: "2099-01-01", assignedAt: NOW, completedAt: NOW, minutesEach: 0, state: "open" });
    sqlite.prepare("insert into work_applications (order_id, user_id) values (?, ?)").run(second, u);
    expect(inviteToOrder(manager, second, u)).toEqual({ ok: false, reason: "already" });
    // A completed order takes no invitations.
    const done = paidOrder(named.id, [], { paidOn: "2026-01-01", assignedAt: NOW, completedAt: NOW, minutesEach: 0 });
    expect(inviteToOrder(manager, done, u)).toEqual({ ok: false, reason: "notInvitable" });
  });
});
