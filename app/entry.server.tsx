import { Transform } from "node:stream";
import type { AppLoadContext, EntryContext, HandleDataRequestFunction, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer, isRouteErrorResponse } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { getCurriculum } from "~/curriculum/index.server";
import { getConnection } from "#db/client";
import { isCorruption, reportCorruption } from "~/models/health.server";
import { getEnv } from "~/env.server";
import { MarkupOnlyProvider } from "~/components/markup-only";
import { NonceContext } from "~/components/nonce";
import { InlineStylesContext } from "~/components/page-styles";
import { inlineStylesFor } from "~/http/first-visit-styles.server";
import stylesHref from "~/styles/app.css?url";
import { isLocale, type Locale } from "~/i18n/config";
import { negotiateLocale } from "~/i18n/negotiate.server";
import { createRequestI18n } from "~/i18n/resources.server";
import { OFFLINE_OWNER_HEADER, offlineOwnerOf } from "~/http/offline-owner.server";

// Start-up work, done when server.ts imports the build: a bad environment,
// a failed migration or invalid content stops the server before it listens.
getEnv();
getConnection();
getCurriculum();

// server.ts starts the e-mail sender loop through this export.
export { startMailSender } from "~/models/mail/sender.server";

const ABORT_DELAY = 5_000;

// React 18.3's streaming renderer encodes text into a 2 KB buffer and, when a
// multi-byte character does not fit at its end, sends the whole buffer: the
// unused tail goes out as NUL bytes in the middle of a word (Ukrainian and
// Japanese pages hit it). Our HTML never contains NUL and UTF-8 never uses the
// byte inside a character, so dropping them gives back the exact text.
function withoutNulBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      callback(null, chunk.includes(0) ? Buffer.from(chunk.filter((byte) => byte !== 0)) : chunk);
    },
  });
}

function securityHeaders(headers: Headers, nonce: string) {
  const isProduction = getEnv().NODE_ENV === "production";
  // Vite's dev server injects inline scripts and a websocket; the strict policy
  // applies to every production response.
  if (isProduction) {
    headers.set(
      "Content-Security-Policy",
      [
        "default-src 'self'",
        `script-src 'self' 'nonce-${nonce}'`,
        // The nonce admits the styles a first visit carries inline (first-visit-styles.server.ts).
        `style-src 'self' 'nonce-${nonce}'`,
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join("; "),
    );
  }
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("Referrer-Policy", "same-origin");
  headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
}

function appendCookies(headers: Headers, context: AppLoadContext) {
  for (const cookie of context.responseCookies ?? []) headers.append("Set-Cookie", cookie);
}

/**
 * Every document and every `.data` answer depends on who asks (the header shows
 * the viewer; most pages are theirs alone), so none may be kept by a browser or
 * a proxy: after sign-out, Back must not show the team board again. A route
 * that is truly public sets its own Cache-Control.
 */
function privateByDefault(headers: Headers, status: number) {
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", "private, no-store");
  // Remix answers a POST to a page without an action with 405; say what it does take.
  if (status === 405 && !headers.has("Allow")) headers.set("Allow", "GET, HEAD");
}

function localeOf(request: Request, remixContext: EntryContext): Locale {
  const root = remixContext.staticHandlerContext.loaderData?.root as { locale?: unknown } | undefined;
  if (isLocale(root?.locale)) return root.locale;
  // The root loader failed (we are rendering an error page): negotiate without the user.
  return negotiateLocale({
    cookieHeader: request.headers.get("Cookie"),
    acceptLanguage: request.headers.get("Accept-Language"),
  });
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  if (loadContext.file && responseStatusCode === 200) {
    const { file } = loadContext;
    securityHeaders(file.headers, nonce);
    privateByDefault(file.headers, file.status);
    appendCookies(file.headers, loadContext);
    return Promise.resolve(file);
  }
  const locale = localeOf(request, remixContext);
  const i18n = createRequestI18n(locale);
  const inlineStyles = inlineStylesFor(request, stylesHref, loadContext.responseCookies);
  const waitForAll = isbot(request.headers.get("user-agent") ?? "");

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <InlineStylesContext.Provider value={inlineStyles}>
          <I18nextProvider i18n={i18n}>
            <MarkupOnlyProvider value={loadContext.markupOnly}>
              <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
            </MarkupOnlyProvider>
          </I18nextProvider>
        </InlineStylesContext.Provider>
      </NonceContext.Provider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = withoutNulBytes();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          securityHeaders(responseHeaders, nonce);
          privateByDefault(responseHeaders, responseStatusCode);
          appendCookies(responseHeaders, loadContext);
          responseHeaders.set(OFFLINE_OWNER_HEADER, offlineOwnerOf(loadContext));
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors after the shell are logged by handleError; this catches the
          // rest without logging twice.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

export const handleDataRequest: HandleDataRequestFunction = (response, { context }) => {
  privateByDefault(response.headers, response.status);
  appendCookies(response.headers, context);
  response.headers.set(OFFLINE_OWNER_HEADER, offlineOwnerOf(context));
  return response;
};

export const handleError: HandleErrorFunction = (error, { request }) => {
  // Aborted requests (client went away) are not errors worth a log line, nor is
  // a method a page does not take (answered 405 with Allow).
  if (request.signal.aborted || (isRouteErrorResponse(error) && error.status === 405)) return;
  if (isCorruption(error)) reportCorruption();
  const path = new URL(request.url).pathname;
  // The path goes into one log line: control characters from a crafted URL must not split it.
  console.error(`[error] ${request.method} ${JSON.stringify(path).slice(1, -1)}:`, error instanceof Error ? (error.stack ?? error.message) : error);
};
