import type { AppLoadContext } from "@remix-run/node";
import type { User } from "~/models/users.server";

/**
 * What server.ts hands every request. `responseCookies` lets a loader that
 * refreshes the session add a Set-Cookie without owning the response
 * (entry.server.tsx appends them).
 */
export interface KumiLoadContext {
  cspNonce: string;
  clientIp: string;
  responseCookies: string[];
  /** Memoised viewer for this request: loaders run in parallel and share it. */
  viewer?: { user: User; sessionId: string } | null;
  /** A client-side navigation's data request (`….data`), not a document. */
  isDataRequest: boolean;
  /**
   * Large server-rendered HTML (a lesson body) that a loader hands to the
   * document's markup only, so that it is not sent a second time in the
   * hydration data (see app/components/markup-only.tsx).
   */
  markupOnly: Map<string, string>;
  /** The URL could not be decoded (e.g. a cut-off %-escape): the page says so, translated. */
  malformedUrl?: boolean;
  /**
   * A file a page's loader answers with instead of the page (the partner's
   * CSV report). The route is a page, not a resource route, so that a refusal
   * is the styled, translated error page; entry.server.tsx sends the file.
   */
  file?: Response;
}

declare module "@remix-run/node" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends KumiLoadContext {}
}

export function createLoadContext(init: { cspNonce: string; clientIp: string; isDataRequest: boolean; malformedUrl?: boolean }): AppLoadContext {
  return { ...init, responseCookies: [], markupOnly: new Map() };
}
