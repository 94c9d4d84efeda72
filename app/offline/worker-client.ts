import type { ModuleProgress, ModuleToSave, ToWorker } from "./protocol";

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

/** Asks the worker to save a module; `onProgress` hears each step, the promise ends with the last (null without a worker). */
export function saveModuleOffline(module: ModuleToSave, onProgress: (progress: ModuleProgress) => void): Promise<ModuleProgress | null> {
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return Promise.resolve(null);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => {
      const progress = event.data as ModuleProgress;
      onProgress(progress);
      if (progress.finished) {
        channel.port1.close();
        resolve(progress);
      }
    };
    worker.postMessage({ type: "save-module", module } satisfies ToWorker, [channel.port2]);
  });
}
