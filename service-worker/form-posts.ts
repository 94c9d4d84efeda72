/// <reference lib="webworker" />
// A form sent as a plain page request (the page's scripts had not started
// yet, or JavaScript is off) that cannot reach the network: the kinds the pages keep
// offline ("mark complete", a check-in, a help request, quiz answers) go into
// the same outbox, and the person is taken back to the page, which shows them
// as waiting to send. Anything else gets the offline page, never the browser's
// own error.
import { queuedForm, store } from "../app/offline/outbox-store";
import { owner } from "./owner";
import { offlineAnswer, savedPages } from "./pages";

export async function handleFormPost(event: FetchEvent): Promise<Response> {
  const copy = event.request.clone();
  try {
    return await fetch(event.request);
  } catch {
    const url = new URL(event.request.url);
    const marker = await owner();
    const form = await copy.formData().catch(() => null);
    const queued = form && queuedForm(form);
    if (!marker || !queued) return offlineAnswer(url.pathname, marker);
    const title = (await savedPages()).find((page) => page.path === url.pathname)?.title ?? url.pathname;
    url.hash = "";
    await store({ owner: marker, url: url.href, ...queued, page: title });
    // Back to the page as a reload would open it: from the phone.
    return Response.redirect(url.pathname, 303);
  }
}
