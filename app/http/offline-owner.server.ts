import crypto from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";

/**
 * The service worker keeps a signed-in person's pages in a cache of their own,
 * named by this marker, and deletes it when another marker (or none: signed
 * out) appears. It only has to tell people apart on one phone, not be secret;
 * still, it is a hash, so the name of a cache says nothing about whose it is.
 */
export const OFFLINE_OWNER_HEADER = "Kumi-Offline-Owner";

export function offlineOwner(user: { id: number; email: string }): string {
  return crypto.createHash("sha256").update(`kumi-offline:${user.id}:${user.email}`).digest("hex").slice(0, 24);
}

/** The marker of whoever this request was answered for ("" when nobody is signed in). */
export function offlineOwnerOf(context: AppLoadContext): string {
  return context.viewer ? offlineOwner(context.viewer.user) : "";
}
