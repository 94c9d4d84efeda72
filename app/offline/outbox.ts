// Submissions made without signal ("mark complete", a check-in, a help request,
// quiz answers), kept on the phone in IndexedDB and sent when the connection
// returns. Each carries a random key the server remembers
// (app/http/submission-key.server.ts), so a resend never counts twice.

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

const DB_NAME = "kumi-outbox";
const STORE = "submissions";
export const OUTBOX_EVENT = "kumi-outbox";

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "key" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
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

const changed = () => window.dispatchEvent(new Event(OUTBOX_EVENT));

async function all(): Promise<Queued[]> {
  return ((await run<Queued[]>("readonly", (store) => store.getAll() as IDBRequest<Queued[]>)) ?? []).sort((a, b) => a.createdAt - b.createdAt);
}

/** Queues a submission; the same form with the same values, already waiting, is not queued twice. */
export async function enqueue(item: Omit<Queued, "key" | "createdAt">): Promise<void> {
  const same = JSON.stringify([item.url, item.fields]);
  if ((await all()).some((q) => q.owner === item.owner && JSON.stringify([q.url, q.fields]) === same)) return;
  await run("readwrite", (store) => store.put({ ...item, key: crypto.randomUUID(), createdAt: Date.now() }));
  changed();
}

export async function waitingFor(owner: string): Promise<Queued[]> {
  return (await all()).filter((q) => q.owner === owner);
}

/** On a shared phone, another person's unsent submissions are deleted when someone else signs in. */
export async function forgetOthers(owner: string): Promise<void> {
  const others = (await all()).filter((q) => q.owner !== owner);
  if (!others.length) return;
  await run("readwrite", (store) => others.forEach((q) => store.delete(q.key)));
  changed();
}

async function send(item: Queued): Promise<boolean> {
  let response: Response;
  try {
    response = await fetch(item.url, {
      method: "POST",
      body: new URLSearchParams(item.fields),
      headers: { "Kumi-Submission-Key": item.key },
      credentials: "same-origin",
      redirect: "manual",
    });
  } catch {
    return false; // still no connection: keep it
  }
  // A redirect or a page is the answer; 409 means an earlier copy arrived; a
  // 4xx will not change on a resend. Only a server failure is tried again.
  return response.type === "opaqueredirect" || response.status < 500;
}

/** Sends this person's waiting submissions in the order they were made; returns how many went. */
export async function flush(owner: string): Promise<number> {
  const work = async () => {
    let sent = 0;
    for (const item of await waitingFor(owner)) {
      if (!(await send(item))) break;
      await run("readwrite", (store) => store.delete(item.key));
      sent += 1;
    }
    if (sent) changed();
    return sent;
  };
  // Two open tabs must not send the same queue at once (the key would catch it, but the work is wasted).
  return navigator.locks ? navigator.locks.request("kumi-outbox", work) : work();
}
