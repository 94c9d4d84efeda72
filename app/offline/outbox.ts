// Submissions made without signal ("mark complete", a check-in, a help request,
// quiz answers), kept on the phone (outbox-store.ts) and sent when the connection
// returns. Each carries a random key the server remembers
// (app/http/submission-key.server.ts), so a resend never counts twice.

import { all, run, store, type Queued } from "./outbox-store";

export type { Queued };
export const OUTBOX_EVENT = "kumi-outbox";

const changed = () => window.dispatchEvent(new Event(OUTBOX_EVENT));

/** Queues a submission made on this page. */
export async function enqueue(item: Omit<Queued, "key" | "createdAt">): Promise<void> {
  if (await store(item)) changed();
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
