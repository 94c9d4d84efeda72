/// <reference lib="webworker" />
// kumi's service worker (docs/decisions/016-offline.md). Built by
// scripts/build-service-worker.ts after the Remix build: Workbox keeps the app
// shell (the scripts and styles of the learner's pages) and the fingerprinted
// assets; pages.ts keeps each person's pages; owner.ts makes sure a shared
// phone never shows one person's pages to another.
import { clientsClaim } from "workbox-core";
import { cleanupOutdatedCaches, precacheAndRoute } from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { CacheFirst } from "workbox-strategies";
import { isLessonPage, type ModuleProgress, type ModuleToSave, type ToWorker } from "../app/offline/protocol";
import { handleFormPost } from "./form-posts";
import { handleData, handleNavigation, noteSubmission, noteTitle, saveAhead, savedPages, statusOf } from "./pages";

declare const self: ServiceWorkerGlobalScope;
/** The app shell, written in by the build: fingerprinted URLs need no revision. */
declare const __KUMI_SHELL__: { url: string; revision: string | null }[];

// A new version takes over at once: assets are fingerprinted and a page that
// misses an old chunk reloads (Remix does that), so nobody is kept on an old build.
void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(__KUMI_SHELL__);

const sameOrigin = (url: URL) => url.origin === self.location.origin;

// Fingerprinted scripts, styles and lesson images never change under one name.
registerRoute(({ url }) => sameOrigin(url) && url.pathname.startsWith("/assets/"), new CacheFirst({ cacheName: "kumi-assets" }));
registerRoute(({ url }) => sameOrigin(url) && url.pathname.startsWith("/media/"), new CacheFirst({ cacheName: "kumi-media" }));
registerRoute(({ url, request }) => sameOrigin(url) && request.mode === "navigate", ({ event }) => handleNavigation(event as FetchEvent));
registerRoute(({ url }) => sameOrigin(url) && url.pathname.endsWith(".data"), ({ event }) => handleData(event as FetchEvent));
// A form post goes to the network as it is; only when that fails is it kept (form-posts.ts).
// Not gated on navigator.onLine: the worker can learn of a lost signal after the page does.
registerRoute(({ url, request }) => sameOrigin(url) && request.mode === "navigate", ({ event }) => handleFormPost(event as FetchEvent), "POST");
// A form sent (online, or from the outbox) may change what saved-ahead copies say.
self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") noteSubmission(new URL(event.request.url));
});

self.addEventListener("message", (event) => {
  const message = event.data as ToWorker;
  const reply = (value: unknown) => event.ports[0]?.postMessage(value);
  const clientId = event.source && "id" in event.source ? event.source.id : "";
  if (message.type === "status") reply(statusOf(clientId, message.path));
  else if (message.type === "saved-pages") event.waitUntil(savedPages().then(reply));
  else if (message.type === "viewed") event.waitUntil(viewed(message.path, message.title, message.next ?? null));
  else if (message.type === "save-module") event.waitUntil(saveModule(message.module, reply));
  else if (message.type === "keep-assets") event.waitUntil(keepAssets(message.assets));
});

/**
 * The page loaded its scripts before this worker was there; it names them and
 * they are copied into the cache from the browser's own HTTP cache (no download).
 */
async function keepAssets(urls: string[]) {
  const cache = await caches.open("kumi-assets");
  for (const url of urls) {
    const parsed = new URL(url, self.location.origin);
    if (!sameOrigin(parsed) || !parsed.pathname.startsWith("/assets/") || (await caches.match(parsed.href))) continue;
    await cache.add(parsed.href).catch(() => undefined);
  }
}

/** She is reading a lesson: its next lesson is what she opens next, with or without signal. */
async function viewed(path: string, title: string, next: string | null) {
  await noteTitle(path, title);
  if (next && isLessonPage(path) && isLessonPage(next)) await saveAhead(next, undefined);
}

/**
 * "Save this module for offline": every lesson's data and every image, in
 * order, telling the page how far it got (a last message with done = total).
 */
async function saveModule(module: ModuleToSave, reply: (progress: ModuleProgress) => void) {
  const total = module.lessons.length + module.media.length;
  let done = 0;
  let failed = 0;
  for (const lesson of module.lessons) {
    if (!(await saveAhead(lesson.path, lesson.title))) failed += 1;
    reply({ done: ++done, total, failed, finished: false });
  }
  const media = await caches.open("kumi-media");
  for (const url of module.media) {
    const parsed = new URL(url, self.location.origin);
    if (sameOrigin(parsed) && parsed.pathname.startsWith("/media/") && !(await media.match(parsed.href))) {
      const response = await fetch(parsed.href).catch(() => null);
      if (response?.ok) await media.put(parsed.href, response);
      else failed += 1;
    }
    reply({ done: ++done, total, failed, finished: done === total });
  }
  if (!module.media.length) reply({ done, total, failed, finished: true });
}
