/// <reference lib="webworker" />
// Whose saved pages the phone holds. Pages are kept in a cache named after the
// signed-in person's marker (the Kumi-Offline-Owner header); when a response
// names somebody else, or nobody (signed out), every person's cache is deleted
// before anything new is kept. The marker survives the worker being stopped
// because it is itself kept in Cache Storage.

const STATE_CACHE = "kumi-state";
const OWNER_KEY = "/__kumi/owner";
export const PAGES_PREFIX = "kumi-pages-";

let current: Promise<string> | null = null;
let queue: Promise<unknown> = Promise.resolve();

async function readOwner(): Promise<string> {
  const stored = await (await caches.open(STATE_CACHE)).match(OWNER_KEY);
  return stored ? stored.text() : "";
}

export function owner(): Promise<string> {
  current ??= readOwner();
  return current;
}

export const pagesCache = (marker: string) => `${PAGES_PREFIX}${marker || "signed-out"}`;

/** Deletes every person's pages, then remembers the new owner. Calls run one after another. */
export function setOwner(marker: string): Promise<void> {
  const step = queue.then(async () => {
    if ((await owner()) === marker) return;
    current = Promise.resolve(marker);
    for (const name of await caches.keys()) {
      if (name.startsWith(PAGES_PREFIX)) await caches.delete(name);
    }
    await (await caches.open(STATE_CACHE)).put(OWNER_KEY, new Response(marker));
  });
  queue = step.catch(() => undefined);
  return step;
}

/** Reads the owner a server answer names; absent (media, manifest) says nothing. */
export async function noteOwnerOf(response: Response, header: string): Promise<string | null> {
  const marker = response.headers.get(header);
  if (marker === null) return null;
  await setOwner(marker);
  return marker;
}

/**
 * Stores a response in the owner's cache, unless the phone changed hands
 * meanwhile. Nothing is kept for a signed-out visitor but the offline page.
 */
export async function keepFor(marker: string, key: string, response: Response, options: { signedOutToo?: boolean } = {}): Promise<boolean> {
  if ((!marker && !options.signedOutToo) || (await owner()) !== marker) return false;
  await (await caches.open(pagesCache(marker))).put(key, response);
  // A switch that happened during the put must not leave this page behind.
  if ((await owner()) !== marker) await caches.delete(pagesCache(marker));
  return true;
}

/** Reads from the owner's cache without creating it (caches.open would). */
export function findFor(marker: string, key: string, options: CacheQueryOptions = {}): Promise<Response | undefined> {
  return caches.match(key, { ...options, cacheName: pagesCache(marker) });
}
