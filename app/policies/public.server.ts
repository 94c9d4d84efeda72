import type { AppLoadContext } from "@remix-run/node";
import { getViewer } from "~/http/auth.server";
import type { User } from "~/models/users.server";

// Pages open to everyone. Calling one of these is how a route says so: the
// policy guard test (tests/policies/routes-ask-policies.test.ts) requires
// every loader and action to ask app/policies, public ones included.

/** Open to anyone, signed in or not; returns the viewer (or null) for pages that adapt to them. */
export function allowAnyone(request: Request, context: AppLoadContext): User | null {
  return getViewer(request, context);
}

/** Open to anyone and independent of who asks (health check, media, redirects, 404s). */
export function publicPage(): void {}
