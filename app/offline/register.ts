import { tellWorker } from "./worker-client";

/**
 * Registers the service worker once the page has loaded: a progressive
 * enhancement, the page works the same without it (and without JavaScript).
 * The scripts this page already loaded are handed to the worker to keep.
 */
export function registerServiceWorker() {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  const start = () => {
    navigator.serviceWorker
      .register("/sw.js")
      .then(() => navigator.serviceWorker.ready)
      .then(() => {
        const assets = performance
          .getEntriesByType("resource")
          .map((entry) => entry.name)
          .filter((name) => new URL(name).pathname.startsWith("/assets/"));
        if (navigator.serviceWorker.controller) tellWorker({ type: "keep-assets", assets });
        else navigator.serviceWorker.addEventListener("controllerchange", () => tellWorker({ type: "keep-assets", assets }), { once: true });
      })
      .catch(() => undefined);
  };
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
