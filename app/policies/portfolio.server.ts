import { notFound } from "~/http/responses.server";
import { hasAnything, portfolioItems, publicOnly, type PortfolioItems } from "~/models/portfolio/items.server";
import { portfolioByHandle, type Portfolio } from "~/models/portfolio/profile.server";
import { hasRole, type User } from "~/models/users.server";
import type { Locale } from "~/i18n/config";

export type PortfolioView = { portfolio: Portfolio; owner: boolean; items: PortfolioItems };

/**
 * A portfolio is private by default: its owner sees every item (with its
 * switch), anyone else, signed in or not, only the items she made public.
 * With nothing public it is a 404 for others, as if it did not exist.
 */
export function requirePortfolioView(viewer: User | null, handle: string | undefined, locale: Locale): PortfolioView {
  const portfolio = handle ? portfolioByHandle(handle) : null;
  if (!portfolio) throw notFound();
  const all = portfolioItems(portfolio.userId, locale);
  if (viewer?.id === portfolio.userId) return { portfolio, owner: true, items: all };
  const items = publicOnly(all);
  if (!hasAnything(items)) throw notFound();
  return { portfolio, owner: false, items };
}

/** Partner managers may invite a graduate whose portfolio they can see to one of their firm's open orders. */
export function canInviteFromPortfolio(viewer: User | null, view: PortfolioView): boolean {
  return Boolean(viewer && !view.owner && hasRole(viewer, "partner"));
}
