import type { AppLoadContext } from "@remix-run/node";
import { notFound } from "~/http/responses.server";
import { calendarFeedOwner } from "~/models/calendar/feed-secret.server";
import { getUserById, type User } from "~/models/users.server";
import { requireSignedIn } from "./account.server";

/** One's own calendar feed (create, renew, revoke): any signed-in person, for themself only. */
export function requireCalendarOwner(request: Request, context: AppLoadContext): User {
  return requireSignedIn(request, context);
}

/**
 * A calendar feed's URL is its own credential (calendar apps cannot sign in):
 * the secret names whose feed it is. Malformed, unknown and revoked secrets
 * are all the same 404.
 */
export function requireCalendarFeed(rawFile: string | undefined): User {
  const secret = /^([a-z2-7]{32})\.ics$/.exec(rawFile ?? "")?.[1];
  const userId = secret ? calendarFeedOwner(secret) : null;
  const user = userId ? getUserById(userId) : null;
  if (!user) throw notFound();
  return user;
}
