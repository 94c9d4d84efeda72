// Whether anything may wait in the outbox (app/offline/outbox.ts). Its code and
// its IndexedDB are only loaded when it is in use: most page loads have nothing
// queued, and a first visit's JavaScript is counted in kilobytes.

export const OUTBOX_EVENT = "kumi-outbox";
const KEY = "kumi-outbox";

export const loadOutbox = () => import("./outbox");

export function markOutboxInUse(inUse: boolean) {
  try {
    localStorage.setItem(KEY, inUse ? "1" : "0");
  } catch {
    // Storage refused (private mode): the database is asked each time instead.
  }
}

export async function outboxInUse(): Promise<boolean> {
  let flag: string | null = null;
  try {
    flag = localStorage.getItem(KEY);
  } catch {
    flag = null;
  }
  if (flag !== null) return flag === "1";
  // Never marked on this phone: only an existing database says something may wait.
  const databases = (await indexedDB.databases?.().catch(() => null)) ?? null;
  return databases === null || databases.some((db) => db.name === "kumi-outbox");
}
