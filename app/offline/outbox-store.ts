// Where submissions made without signal wait: IndexedDB, shared by the pages
// (app/offline/outbox.ts) and the service worker, which keeps a form sent
// before the page's scripts had started (service-worker/form-posts.ts).

export interface Queued {
  /** The submission key: random, one per submission. */
  key: string;
  /** Whose submission it is (the offline-owner marker): sent only while they are signed in. */
  owner: string;
  url: string;
  fields: [string, string][];
  /** The form's intent, for the "waiting to send" list. */
  intent: string;
  page: string;
  createdAt: number;
}

/** The forms that are kept on the phone when sent without signal. */
const QUEUED_INTENTS = new Set(["complete", "team", "quiz", "checkin", "help"]);

/** A form's intent and text fields, if it is a kind kept on the phone (files are never kept). */
export function queuedForm(data: FormData): { intent: string; fields: [string, string][] } | null {
  const intent = String(data.get("intent") ?? "");
  if (!QUEUED_INTENTS.has(intent)) return null;
  return { intent, fields: [...data.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string") };
}

const DB_NAME = "kumi-outbox";
const STORE = "submissions";

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "key" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await openDb();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request ? request.result : undefined);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export async function all(): Promise<Queued[]> {
  return ((await run<Queued[]>("readonly", (store) => store.getAll() as IDBRequest<Queued[]>)) ?? []).sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * Keeps a submission; the same form with the same values, already waiting, is
 * not kept twice. Returns whether it was added.
 */
export async function store(item: Omit<Queued, "key" | "createdAt">): Promise<boolean> {
  const same = JSON.stringify([item.url, item.fields]);
  if ((await all()).some((q) => q.owner === item.owner && JSON.stringify([q.url, q.fields]) === same)) return false;
  await run("readwrite", (s) => s.put({ ...item, key: crypto.randomUUID(), createdAt: Date.now() }));
  return true;
}
