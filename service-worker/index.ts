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
import type { ToWorker } from "../app/offline/protocol";
import { handleData, handleNavigation, noteTitle, savedPages, statusOf } from "./pages";

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

self.addEventListener("message", (event) => {
  const message = event.data as ToWorker;
  const reply = (value: unknown) => event.ports[0]?.postMessage(value);
  const clientId = event.source && "id" in event.source ? event.source.id : "";
  if (message.type === "status") reply(statusOf(clientId, message.path));
  else if (message.type === "saved-pages") event.waitUntil(savedPages().then(reply));
  else if (message.type === "viewed") event.waitUntil(noteTitle(message.path, message.title));
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
