import type { AppLoadContext } from "@remix-run/node";
import { requireViewer } from "~/http/auth.server";
import { parseId } from "~/http/ids";
import { notFound } from "~/http/responses.server";
import { getAsk, type OutcomeAsk } from "~/models/outcomes/asks.server";
import type { User } from "~/models/users.server";

/** An outcome ask is read and answered by the person asked, and nobody else (not even staff: answers reach others only as consented figures). */
export function requireOwnAsk(request: Request, context: AppLoadContext, rawId: string | undefined): { user: User; ask: OutcomeAsk } {
  const user = requireViewer(request, context);
  const id = parseId(rawId);
  const ask = id ? getAsk(id) : null;
  if (!ask || ask.userId !== user.id) throw notFound();
  return { user, ask };
}
