import { clientI18n } from "~/i18n/client";
import { SAVED_PAGE_NAMESPACES } from "./protocol";
import { tellWorker } from "./worker-client";

/**
 * Registers the service worker once the page has loaded: a progressive
 * enhancement, the page works the same without it (and without JavaScript).
 * The scripts this page already loaded are handed to the worker to keep, and
 * the strings the saved pages need are loaded through it.
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
        const controlled = () => {
          tellWorker({ type: "keep-assets", assets });
          // Through the worker now, so it keeps them too.
          if (document.documentElement.dataset.offlineOwner) void clientI18n.loadNamespaces(SAVED_PAGE_NAMESPACES);
        };
        if (navigator.serviceWorker.controller) controlled();
        else navigator.serviceWorker.addEventListener("controllerchange", controlled, { once: true });
      })
      .catch(() => undefined);
  };
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
