import { eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { portfolios, type LocalisedText } from "#db/schema-work";
import { HANDLE_PATTERN, PROFILE_MAX } from "~/forms/portfolio";

// A graduate's portfolio: her chosen handle (the address) and a short profile
// in the languages she writes it in.

export { HANDLE_PATTERN, PROFILE_MAX };

export type Portfolio = typeof portfolios.$inferSelect;

export function portfolioOfUser(userId: number): Portfolio | null {
  return getConnection().db.select().from(portfolios).where(eq(portfolios.userId, userId)).get() ?? null;
}

export function portfolioByHandle(handle: string): Portfolio | null {
  if (!HANDLE_PATTERN.test(handle)) return null;
  return getConnection().db.select().from(portfolios).where(eq(portfolios.handle, handle)).get() ?? null;
}

export type SaveResult = { ok: true; portfolio: Portfolio } | { ok: false; reason: "taken" | "invalid" };

/** Creates her portfolio or changes its handle and profile. Empty profile languages are dropped. */
export function savePortfolio(userId: number, input: { handle: string; profile: LocalisedText }, now = new Date()): SaveResult {
  if (!HANDLE_PATTERN.test(input.handle)) return { ok: false, reason: "invalid" };
  const owner = portfolioByHandle(input.handle);
  if (owner && owner.userId !== userId) return { ok: false, reason: "taken" };
  const profile = Object.fromEntries(Object.entries(input.profile).filter(([, text]) => text && text.trim())) as LocalisedText;
  try {
    const portfolio = getConnection()
      .db.insert(portfolios)
      .values({ userId, handle: input.handle, profile, updatedAt: now })
      .onConflictDoUpdate({ target: portfolios.userId, set: { handle: input.handle, profile, updatedAt: now } })
      .returning()
      .get();
    return { ok: true, portfolio };
  } catch (error) {
    // Two people claiming the same free handle at once: the unique index decides.
    if (error instanceof Error && /UNIQUE/.test(error.message)) return { ok: false, reason: "taken" };
    throw error;
  }
}
