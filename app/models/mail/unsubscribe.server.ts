import { createHmac, timingSafeEqual } from "node:crypto";
import { getEnv } from "~/env.server";
import { getUserById } from "../users.server";
import { isPreferenceKind, setNotificationPreference, unsubscribedDelivery, type PreferenceKind } from "../notification-preferences.server";
import { appLink } from "./render.server";

// Unsubscribe links work signed out (RFC 8058 one-click comes from the mail
// client, with no session): the link carries who and which kind, and an HMAC
// over both with MAIL_LINK_SECRET so nobody can forge one for someone else.
function signature(userId: number, kind: string): string {
  return createHmac("sha256", getEnv().MAIL_LINK_SECRET).update(`unsubscribe:${userId}:${kind}`).digest("base64url");
}

function signedQuery(userId: number, kind: PreferenceKind): string {
  return `u=${userId}&k=${kind}&s=${signature(userId, kind)}`;
}

/** The page that asks before unsubscribing (the link in the e-mail's footer). */
export function unsubscribePath(userId: number, kind: PreferenceKind): string {
  return `/unsubscribe?${signedQuery(userId, kind)}`;
}

/** Where mail clients POST for RFC 8058 one-click unsubscribe. */
export function oneClickUnsubscribePath(userId: number, kind: PreferenceKind): string {
  return `/unsubscribe/one-click?${signedQuery(userId, kind)}`;
}

/** The List-Unsubscribe headers of a notification e-mail, and the link for its footer. */
export function unsubscribeHeaders(userId: number, kind: PreferenceKind): { url: string; headers: Record<string, string> } {
  const oneClick = appLink(oneClickUnsubscribePath(userId, kind));
  return {
    url: appLink(unsubscribePath(userId, kind)),
    headers: { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

export interface UnsubscribeLink {
  userId: number;
  kind: PreferenceKind;
  email: string;
}

/** The link's person and kind when the signature holds, else null. */
export function readUnsubscribeLink(params: URLSearchParams): UnsubscribeLink | null {
  const userId = Number(params.get("u"));
  const kind = params.get("k");
  const given = params.get("s") ?? "";
  if (!Number.isSafeInteger(userId) || userId <= 0 || !isPreferenceKind(kind)) return null;
  const expected = Buffer.from(signature(userId, kind));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  const user = getUserById(userId);
  return user ? { userId, kind, email: user.email } : null;
}

export function unsubscribe(link: UnsubscribeLink): void {
  setNotificationPreference(link.userId, link.kind, unsubscribedDelivery(link.kind));
}
