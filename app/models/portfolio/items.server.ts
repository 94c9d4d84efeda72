import { getConnection } from "#db/client";
import type { LocalisedText } from "#db/schema-work";

export type { LocalisedText };
import type { PortfolioItemKind } from "#db/values";
import { getCourse } from "~/curriculum/index.server";
import type { Locale } from "~/i18n/config";
import { portfolioOfUser } from "./profile.server";

// What a portfolio can show, each item with its public switch. Nothing is
// public until she says so (a row in portfolio_public_items).

export interface PortfolioItems {
  profile: { text: LocalisedText; public: boolean } | null;
  certificates: { code: string; courseTitle: string; issuedAt: Date; public: boolean }[];
  orders: { orderId: number; title: LocalisedText; firm: string | null; completedAt: Date | null; public: boolean }[];
  ratings: { average: number; count: number; public: boolean } | null;
}

function publicRefs(userId: number): Set<string> {
  const rows = getConnection().sqlite.prepare("select kind, ref from portfolio_public_items where user_id = ?").all(userId) as { kind: string; ref: string }[];
  return new Set(rows.map((r) => `${r.kind}:${r.ref}`));
}

/** Everything her portfolio can hold, with what is public marked. */
export function portfolioItems(userId: number, locale: Locale): PortfolioItems {
  const { sqlite } = getConnection();
  const shown = publicRefs(userId);
  const isPublic = (kind: PortfolioItemKind, ref = "") => shown.has(`${kind}:${ref}`);
  const portfolio = portfolioOfUser(userId);
  const certificates = (
    sqlite
      .prepare(
        `select code, course_id as courseId, created_at as issuedAt from certificates c
         where user_id = ? and not exists (select 1 from certificate_revocations r where r.certificate_id = c.id) order by created_at`,
      )
      .all(userId) as { code: string; courseId: string; issuedAt: number }[]
  ).map((c) => ({ code: c.code, courseTitle: getCourse(c.courseId)?.title[locale] ?? c.courseId, issuedAt: new Date(c.issuedAt), public: isPublic("certificate", c.code) }));
  // The firm is named only where it agreed to be.
  const orders = (
    sqlite
      .prepare(
        `select o.id as orderId, o.title, o.completed_at as completedAt, case when o.firm_may_be_named then g.name end as firm
         from work_workers w join work_orders o on o.id = w.order_id join organisations g on g.id = o.organisation_id
         where w.user_id = ? and o.state = 'completed' order by o.completed_at`,
      )
      .all(userId) as { orderId: number; title: string; completedAt: number | null; firm: string | null }[]
  ).map((o) => ({ orderId: o.orderId, title: JSON.parse(o.title) as LocalisedText, firm: o.firm, completedAt: o.completedAt === null ? null : new Date(o.completedAt), public: isPublic("order", String(o.orderId)) }));
  const rating = sqlite.prepare("select count(*) as count, avg(stars) as average from work_ratings where worker_id = ? and direction = 'firm_to_worker'").get(userId) as { count: number; average: number | null };
  return {
    profile: portfolio && Object.keys(portfolio.profile).length ? { text: portfolio.profile, public: isPublic("profile") } : null,
    certificates,
    orders,
    ratings: rating.count ? { average: Math.round((rating.average ?? 0) * 10) / 10, count: rating.count, public: isPublic("ratings") } : null,
  };
}

/** Only the public items: what anyone but her sees. */
export function publicOnly(items: PortfolioItems): PortfolioItems {
  return {
    profile: items.profile?.public ? items.profile : null,
    certificates: items.certificates.filter((c) => c.public),
    orders: items.orders.filter((o) => o.public),
    ratings: items.ratings?.public ? items.ratings : null,
  };
}

export function hasAnything(items: PortfolioItems): boolean {
  return Boolean(items.profile || items.certificates.length || items.orders.length || items.ratings);
}

/**
 * Makes one of her items public or private again. Only an item she holds can
 * be switched: a certificate code of hers, an order she completed.
 */
export function setItemPublic(userId: number, kind: PortfolioItemKind, ref: string, makePublic: boolean, locale: Locale = "en"): boolean {
  const items = portfolioItems(userId, locale);
  const held =
    kind === "profile" ? items.profile !== null && ref === "" :
    kind === "ratings" ? items.ratings !== null && ref === "" :
    kind === "certificate" ? items.certificates.some((c) => c.code === ref) :
    items.orders.some((o) => String(o.orderId) === ref);
  if (!held) return false;
  const { sqlite } = getConnection();
  if (makePublic) sqlite.prepare("insert or ignore into portfolio_public_items (user_id, kind, ref) values (?, ?, ?)").run(userId, kind, ref);
  else sqlite.prepare("delete from portfolio_public_items where user_id = ? and kind = ? and ref = ?").run(userId, kind, ref);
  return true;
}
