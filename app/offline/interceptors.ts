import { enqueue } from "./outbox";
import { queuedForm } from "./outbox-store";

let owner: string | null = null;
/** Set by the layout from the root data: whose submissions new ones are. */
export function setPageOwner(marker: string) {
  owner = marker;
}
/** Before React has started, the page itself says whose it is. */
const currentOwner = () => owner ?? document.documentElement.dataset.offlineOwner ?? "";

const controlled = () => Boolean(navigator.serviceWorker?.controller);

/** Pages whose data only (not the page itself) is on the phone: offline, Remix opens them from it. */
let dataOnly = new Set<string>();
export function setSavedPages(pages: { path: string; document?: boolean }[]) {
  dataOnly = new Set(pages.filter((p) => p.document === false).map((p) => p.path));
}

/**
 * Offline, a tapped link loads the page as a document, which the service
 * worker answers from the phone (or with the offline page); Remix's own
 * client-side navigation would ask the network for data and fail — unless only
 * the page's data is on the phone (a client-side visit, a saved module): then
 * Remix opens it and the worker answers its data requests. Stopping the click
 * before React sees it leaves the browser's default: follow the link.
 */
function followLinksAsDocuments(event: MouseEvent) {
  if (navigator.onLine || !controlled() || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.("a[href]");
  if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute("download")) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin || (dataOnly.has(url.pathname) && !url.search)) return;
  event.stopPropagation();
}

/** Offline, the queued kinds of form go into the outbox instead of to Remix (which would fail). */
function keepSubmissionsOffline(event: SubmitEvent) {
  const owner = currentOwner();
  if (navigator.onLine || !owner) return;
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== "post") return;
  const queued = queuedForm(new FormData(form, event.submitter));
  if (!queued) return;
  event.preventDefault();
  event.stopPropagation();
  const url = new URL(form.getAttribute("action") ?? location.href, location.href);
  url.hash = "";
  void enqueue({ owner, url: url.href, ...queued, page: document.title }).then(() => form.reset());
}

export function installOfflineInterceptors() {
  window.addEventListener("click", followLinksAsDocuments, true);
  window.addEventListener("submit", keepSubmissionsOffline, true);
}
