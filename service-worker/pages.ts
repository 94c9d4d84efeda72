/// <reference lib="webworker" />
// Pages and Remix data answers: kept per person for reading offline, lessons
// shown from the phone at once and refreshed behind (a changed one says so).
import { OFFLINE_PAGE, OWNER_HEADER, SAVED_AT_HEADER, isLessonPage, isSavedPage, pageOfDataPath, type PageStatus, type SavedPage } from "../app/offline/protocol";
import { findFor, keepFor, noteOwnerOf, owner } from "./owner";

declare const self: ServiceWorkerGlobalScope;

const INDEX_KEY = "/__kumi/index";
type Index = Record<string, { title: string; savedAt: number; document?: boolean }>;

/** What each open tab is showing: a saved copy (and when it was saved), or a fresh page. */
const shown = new Map<string, PageStatus & { path: string }>();

export function statusOf(clientId: string, path: string): PageStatus {
  const status = shown.get(clientId);
  return status && status.path === path ? { savedAt: status.savedAt, changed: status.changed, stale: status.stale } : { savedAt: null, changed: false };
}

const savedAtOf = (response: Response) => Number(response.headers.get(SAVED_AT_HEADER)) || null;

function titleOf(html: string): string {
  const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
  return raw
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The learner's own part of a lesson page: her progress, answers and reviews. */
function activityPart(html: string): string {
  const start = html.indexOf('id="activity"');
  return start > 0 ? html.slice(start, html.indexOf("</main>", start)) : "";
}

/** The part of a lesson page that is the lesson itself (not the learner's progress below it). */
function lessonPart(html: string): string {
  const start = html.indexOf("<h1");
  const activity = html.indexOf('id="activity"');
  const end = activity > 0 ? activity : html.indexOf('class="pager"');
  return html.slice(start, end);
}

let indexWrites: Promise<unknown> = Promise.resolve();
function updateIndex(marker: string, change: (index: Index) => void): Promise<void> {
  const step = indexWrites.then(async () => {
    if (!marker || (await owner()) !== marker) return;
    const index: Index = (await (await findFor(marker, INDEX_KEY))?.json()) ?? {};
    change(index);
    await keepFor(marker, INDEX_KEY, new Response(JSON.stringify(index), { headers: { "Content-Type": "application/json" } }));
  });
  indexWrites = step.catch(() => undefined);
  return step;
}

function stamped(body: string, from: Response, savedAt: number): Response {
  const headers = new Headers(from.headers);
  headers.set(SAVED_AT_HEADER, String(savedAt));
  return new Response(body, { status: from.status, statusText: from.statusText, headers });
}

async function keepDocument(marker: string, path: string, html: string, from: Response) {
  const savedAt = Date.now();
  if (await keepFor(marker, path, stamped(html, from, savedAt))) {
    await updateIndex(marker, (index) => (index[path] = { title: titleOf(html) || index[path]?.title || path, savedAt, document: true }));
  }
}

/**
 * Keeps a Remix data answer (a client-side visit, or a lesson saved ahead) under
 * its own address: offline, Remix's client-side navigation is answered from it.
 */
async function keepData(marker: string, key: string, path: string, response: Response, title?: string) {
  const savedAt = Date.now();
  if (await keepFor(marker, key, stamped(await response.text(), response, savedAt))) {
    await updateIndex(marker, (index) => (index[path] = { title: title || index[path]?.title || path, savedAt, document: index[path]?.document ?? false }));
  }
}

/** The offline page in the person's language, kept with their pages (it shows their name in the header). */
async function ensureOfflinePage(marker: string, lang: string | null) {
  const kept = await findFor(marker, OFFLINE_PAGE);
  if (kept && (!lang || kept.headers.get("Kumi-Lang") === lang)) return;
  const response = await fetch(OFFLINE_PAGE, { credentials: "same-origin" });
  if (response.status !== 200 || response.headers.get(OWNER_HEADER) !== marker) return;
  const html = await response.text();
  const headers = new Headers(response.headers);
  headers.set("Kumi-Lang", /<html lang="([a-z]{2})"/.exec(html)?.[1] ?? "");
  await keepFor(marker, OFFLINE_PAGE, new Response(html, { status: 200, headers }), { signedOutToo: true });
}

/** Keeps a document the network gave the browser (no second download). */
async function afterDocument(response: Response, url: URL) {
  const marker = await noteOwnerOf(response, OWNER_HEADER);
  if (marker === null || response.status !== 200) return;
  const html = await response.text();
  await ensureOfflinePage(marker, /<html lang="([a-z]{2})"/.exec(html)?.[1] ?? null);
  if (marker && isSavedPage(url.pathname) && !url.search) await keepDocument(marker, url.pathname, html, response);
}

/** A page's whole data answer (every route's part), as saved ahead: one request per page. */
const fullDataKey = (path: string) => `${path === "/" ? "/_root" : path}.data`;

/** Pages whose data is being saved now: a run of messages for the same page costs one download. */
const saving = new Map<string, Promise<boolean>>();

/** Saves a page's data ahead (the next lesson, a module's lessons) unless a copy is on the phone. Returns whether a copy is kept. */
export function saveAhead(path: string, title: string | undefined): Promise<boolean> {
  const running = saving.get(path);
  if (running) return running;
  const step = (async () => {
    const marker = await owner();
    if (!marker || !isSavedPage(path)) return false;
    if ((await findFor(marker, fullDataKey(path))) || (await findFor(marker, path))) return true;
    const response = await fetch(fullDataKey(path), { credentials: "same-origin" }).catch(() => null);
    if (!response || response.status !== 200 || (await noteOwnerOf(response, OWNER_HEADER)) !== marker) return false;
    await keepData(marker, fullDataKey(path), path, response, title);
    aheadAt.set(path, Date.now());
    return true;
  })().finally(() => saving.delete(path));
  saving.set(path, step);
  return step;
}

/** When a page's data was saved ahead, and when she last sent a form to that page: a copy saved after that is still current. */
const aheadAt = new Map<string, number>();
const submittedAt = new Map<string, number>();
const AHEAD_FRESH_MS = 5 * 60 * 1000;
export function noteSubmission(url: URL) {
  submittedAt.set(pageOfDataPath(url.pathname), Date.now());
}

/**
 * Whether a copy saved ahead may answer this data request online: it is recent,
 * no form went to that page since, and it is not the layout's part (her name,
 * unread count — a tiny request, always fresh from the network).
 */
function aheadIsCurrent(url: URL, path: string): boolean {
  const at = aheadAt.get(path) ?? 0;
  return url.searchParams.get("_routes") !== "root" && Date.now() - at < AHEAD_FRESH_MS && at > (submittedAt.get(path) ?? 0);
}

async function refreshLesson(request: Request, saved: Response, clientId: string, marker: string, path: string) {
  let fresh: Response;
  try {
    fresh = await fetch(request);
  } catch {
    return; // still offline: the saved copy stays on screen
  }
  if ((await noteOwnerOf(fresh, OWNER_HEADER)) !== marker || fresh.status !== 200) return;
  const html = await fresh.text();
  await keepDocument(marker, path, html, fresh);
  const old = await saved.text();
  const status = shown.get(clientId);
  const client = await self.clients.get(clientId);
  if (lessonPart(html) === lessonPart(old)) {
    // Same lesson, but a review or a teammate's tick may have come since: the page
    // reloads its data (the text she is reading does not move).
    if (activityPart(html) === activityPart(old)) return;
    if (status?.path === path) status.stale = true;
    client?.postMessage({ type: "stale", path });
    return;
  }
  if (status?.path === path) status.changed = true;
  client?.postMessage({ type: "changed", path });
}

export async function offlineAnswer(path: string, marker: string): Promise<Response> {
  const offline = await findFor(marker, OFFLINE_PAGE);
  if (!offline) return Response.error();
  // The offline page must load at its own address, or Remix would hydrate it as the page asked for.
  return path === OFFLINE_PAGE ? offline : Response.redirect(`${OFFLINE_PAGE}?from=${encodeURIComponent(path)}`, 303);
}

export async function handleNavigation(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const url = new URL(request.url);
  const path = url.pathname;
  const marker = await owner();
  const saved = marker && isSavedPage(path) ? await findFor(marker, path) : undefined;
  const clientId = event.resultingClientId;
  if (saved && isLessonPage(path) && !url.search) {
    shown.set(clientId, { path, savedAt: savedAtOf(saved), changed: false });
    event.waitUntil(refreshLesson(request, saved.clone(), clientId, marker, path));
    return saved;
  }
  try {
    const response = await fetch(request);
    shown.set(clientId, { path, savedAt: null, changed: false });
    event.waitUntil(afterDocument(response.clone(), url));
    return response;
  } catch {
    if (saved) {
      shown.set(clientId, { path, savedAt: savedAtOf(saved), changed: false });
      return saved;
    }
    return offlineAnswer(path, marker);
  }
}

/**
 * Remix's data requests (client-side navigations). Online they go to the
 * network and the answer the browser gets is kept too (no second download); a
 * lesson saved ahead moments ago (and no form sent to it since) is answered
 * from the phone. Offline they are answered from the phone: the saved answer for this
 * very address, or the page's whole answer saved ahead.
 */
export async function handleData(event: FetchEvent): Promise<Response> {
  const url = new URL(event.request.url);
  const path = pageOfDataPath(url.pathname);
  const key = url.pathname + url.search;
  const marker = await owner();
  // She tapped before the lesson saved ahead had arrived: wait for that download rather than make a second.
  const arriving = saving.get(path);
  if (arriving && url.searchParams.get("_routes") !== "root") await arriving;
  const ahead = marker && isSavedPage(path) ? await findFor(marker, fullDataKey(path)) : undefined;
  if (ahead && aheadIsCurrent(url, path)) {
    shown.set(event.clientId, { path, savedAt: null, changed: false });
    return ahead;
  }
  let response: Response;
  try {
    response = await fetch(event.request);
  } catch (error) {
    const saved = marker && isSavedPage(path) ? ((await findFor(marker, key)) ?? ahead) : undefined;
    if (!saved) throw error;
    shown.set(event.clientId, { path, savedAt: savedAtOf(saved), changed: false });
    return saved;
  }
  shown.set(event.clientId, { path, savedAt: null, changed: false });
  if (response.status === 200 && isSavedPage(path)) {
    const copy = response.clone();
    event.waitUntil(
      (async () => {
        const from = await noteOwnerOf(copy, OWNER_HEADER);
        if (from) await keepData(from, key, path, copy);
      })(),
    );
  }
  return response;
}

/** What the person can read offline: saved pages, newest first. */
export async function savedPages(): Promise<SavedPage[]> {
  const marker = await owner();
  if (!marker) return [];
  const index: Index = (await (await findFor(marker, INDEX_KEY))?.json()) ?? {};
  return Object.entries(index)
    .map(([path, entry]) => ({ path, ...entry }))
    .sort((a, b) => b.savedAt - a.savedAt);
}

/** A page tells its title once shown, so that pages saved from data answers are listed by name. */
export async function noteTitle(path: string, title: string) {
  const marker = await owner();
  await updateIndex(marker, (index) => {
    if (index[path]) index[path].title = title;
  });
}
