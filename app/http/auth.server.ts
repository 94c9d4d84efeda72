import { redirect, type AppLoadContext } from "@remix-run/node";
import {
  SESSION_TTL_MS,
  createSession,
  generateSessionToken,
  invalidateSession,
  validateSessionToken,
} from "~/models/sessions.server";
import { getUserById, type User } from "~/models/users.server";
import { cookieShouldBeSecure, readCookie, serializeCookie } from "./cookies.server";

export const SESSION_COOKIE = "kumi_session";

function sessionCookie(request: Request, token: string, maxAgeMs: number): string {
  return serializeCookie(SESSION_COOKIE, token, {
    maxAgeSeconds: maxAgeMs / 1000,
    httpOnly: true,
    secure: cookieShouldBeSecure(request),
  });
}

/** The signed-in user, or null. Slides the session expiry forward when due. */
export function getViewer(request: Request, context: AppLoadContext): User | null {
  if (context.viewer !== undefined) return context.viewer?.user ?? null;
  const token = readCookie(request.headers.get("Cookie"), SESSION_COOKIE);
  const validation = token && /^[a-z2-7]{32}$/.test(token) ? validateSessionToken(token) : null;
  const user = validation ? getUserById(validation.session.userId) : null;
  if (validation && user) {
    context.viewer = { user, sessionId: validation.session.id };
    if (validation.refreshed && token) {
      context.responseCookies.push(sessionCookie(request, token, SESSION_TTL_MS));
    }
  } else {
    context.viewer = null;
    // A stale or forged cookie is cleared so the browser stops sending it.
    if (token) context.responseCookies.push(sessionCookie(request, "", 0));
  }
  return user;
}

/**
 * Authentication only: a signed-in user, or a redirect to the login page.
 * What that user may see or do is decided in app/policies.
 */
export function requireViewer(request: Request, context: AppLoadContext): User {
  const user = getViewer(request, context);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return user;
}

/** Starts a session and returns the Set-Cookie header value for it. */
export function startSession(request: Request, userId: number): string {
  const token = generateSessionToken();
  createSession(token, userId);
  return sessionCookie(request, token, SESSION_TTL_MS);
}

/** Ends the current session (if any) and returns a Set-Cookie that clears it. */
export function endSession(request: Request, context: AppLoadContext): string {
  getViewer(request, context);
  if (context.viewer) invalidateSession(context.viewer.sessionId);
  context.viewer = null;
  return sessionCookie(request, "", 0);
}
