import type { ToWorker } from "./protocol";

/** Asks the service worker controlling this page; null without one (JavaScript off never gets here). */
export function askWorker<T>(message: ToWorker, timeoutMs = 3000): Promise<T | null> {
  const worker = typeof navigator !== "undefined" ? navigator.serviceWorker?.controller : null;
  if (!worker) return Promise.resolve(null);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(null), timeoutMs);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve(event.data as T);
    };
    worker.postMessage(message, [channel.port2]);
  });
}

export function tellWorker(message: ToWorker) {
  navigator.serviceWorker?.controller?.postMessage(message);
}
