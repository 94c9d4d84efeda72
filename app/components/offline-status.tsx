import { useLocation, useRevalidator } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { setPageOwner, setSavedPages } from "~/offline/interceptors";
import { OUTBOX_EVENT, flush, forgetOthers, waitingFor, type Queued } from "~/offline/outbox";
import type { PageStatus, SavedPage } from "~/offline/protocol";
import { formatSavedAt } from "~/offline/saved-at";
import { askWorker, tellWorker } from "~/offline/worker-client";

const RETRY_MS = 30_000;

function onConnectionChange(callback: () => void) {
  window.addEventListener("online", callback);
  window.addEventListener("offline", callback);
  return () => {
    window.removeEventListener("online", callback);
    window.removeEventListener("offline", callback);
  };
}
const isOnline = () => navigator.onLine;
// The server renders as if online: the banner appears after hydration.
const onlineOnServer = () => true;

/**
 * What the phone knows that the server does not: that there is no signal (and
 * when the page on screen was saved), which actions wait to be sent, and that
 * a lesson shown from the phone has changed since. Renders nothing on the
 * server or with JavaScript off.
 */
export function OfflineStatus({ owner }: { owner: string }) {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const { revalidate } = useRevalidator();
  const online = useSyncExternalStore(onConnectionChange, isOnline, onlineOnServer);
  // The worker's answer for the page on screen; one for an earlier page is ignored.
  const [shown, setShown] = useState<PageStatus & { path: string }>({ path: "", savedAt: null, changed: false });
  const status: PageStatus = shown.path === pathname ? shown : { savedAt: null, changed: false };
  const [waiting, setWaiting] = useState<Queued[]>([]);
  const [sent, setSent] = useState(false);

  useEffect(() => {
    setPageOwner(owner);
    if (owner) void forgetOthers(owner);
  }, [owner]);

  useEffect(() => {
    let live = true;
    void askWorker<PageStatus>({ type: "status", path: pathname }).then((s) => live && s && setShown((old) => ({ ...s, path: pathname, changed: s.changed || (old.path === pathname && old.changed) })));
    // The next lesson is named so that the worker saves it ahead.
    const next = document.querySelector<HTMLAnchorElement>("main a[rel=next]")?.pathname ?? null;
    tellWorker({ type: "viewed", path: pathname, title: document.title, next });
    void askWorker<SavedPage[]>({ type: "saved-pages" }).then((pages) => live && pages && setSavedPages(pages));
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: string; path?: string };
      if (data?.type === "changed" && data.path === pathname) setShown((s) => ({ ...(s.path === pathname ? s : { savedAt: null }), path: pathname, changed: true }));
      if (data?.type === "stale" && data.path === pathname) setShown((s) => ({ ...(s.path === pathname ? s : { savedAt: null, changed: false }), path: pathname, stale: true }));
    };
    navigator.serviceWorker?.addEventListener("message", onMessage);
    return () => {
      live = false;
      navigator.serviceWorker?.removeEventListener("message", onMessage);
    };
  }, [pathname]);

  // A lesson shown from the phone whose own part (progress, reviews) moved on: fetch its data again, once.
  const stale = status.stale === true;
  const reloadedFor = useRef("");
  useEffect(() => {
    if (!stale) reloadedFor.current = "";
    if (!stale || !online || reloadedFor.current === pathname) return;
    reloadedFor.current = pathname;
    revalidate();
  }, [stale, online, pathname, revalidate]);

  const refresh = useCallback(() => {
    void (owner ? waitingFor(owner) : Promise.resolve([])).then(setWaiting);
  }, [owner]);
  useEffect(() => {
    refresh();
    window.addEventListener(OUTBOX_EVENT, refresh);
    return () => window.removeEventListener(OUTBOX_EVENT, refresh);
  }, [refresh]);

  const hasWaiting = waiting.length > 0;
  useEffect(() => {
    if (!online || !owner || !hasWaiting) return;
    const send = () =>
      void flush(owner).then((count) => {
        if (!count) return;
        setSent(true);
        revalidate();
      });
    send();
    // A connection that says it is back but is not (weak signal) gets more tries.
    const timer = setInterval(send, RETRY_MS);
    return () => clearInterval(timer);
  }, [online, owner, hasWaiting, revalidate]);

  if (online && !status.changed && !hasWaiting && !sent) return null;
  return (
    <div className="offline-status" aria-live="polite">
      {!online ? (
        <p className="notice warning" data-testid="offline-banner">
          {status.savedAt ? t("offline.bannerOffline", { time: formatSavedAt(i18n.language, status.savedAt) }) : t("offline.bannerOfflineNoTime")}
        </p>
      ) : null}
      {status.changed ? (
        <p className="notice" data-testid="lesson-changed">
          {t("offline.changed")}{" "}
          <button type="button" className="link-button" onClick={() => window.location.reload()}>
            {t("offline.showNew")}
          </button>
        </p>
      ) : null}
      {hasWaiting ? (
        <div className="notice" data-testid="outbox">
          <p>{t("offline.waiting", { count: waiting.length })}</p>
          <ul>
            {waiting.map((q) => (
              <li key={q.key}>{t("offline.waitingItem", { action: t(`offline.kind.${q.intent}`), page: q.page })}</li>
            ))}
          </ul>
        </div>
      ) : sent ? (
        <p className="notice success" role="status">
          {t("offline.sent")}
        </p>
      ) : null}
    </div>
  );
}
