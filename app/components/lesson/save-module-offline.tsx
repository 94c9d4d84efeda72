import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDownloadSize } from "~/i18n/format";
import type { ModuleToSave, SavedPage } from "~/offline/protocol";
import { askWorker, saveModuleOffline } from "~/offline/worker-client";
import { useLessonData } from "./lesson-data";

type State = { kind: "unavailable" } | { kind: "ready" } | { kind: "saving"; done: number; total: number } | { kind: "saved" } | { kind: "failed" };

/**
 * "Save this module for offline (about 120 kB)": the size comes first, so that
 * a learner on prepaid data decides before anything is downloaded. The service
 * worker does the saving; without it (or without JavaScript) nothing is shown —
 * the server renders nothing, the button appears once a worker controls the page.
 */
export function SaveModuleOffline() {
  const { t } = useTranslation();
  const { page, locale, offlineModule } = useLessonData();
  const [state, setState] = useState<State>({ kind: "unavailable" });
  const paths = offlineModule?.lessons.map((l) => `/courses/${page.course.id}/lessons/${l.id}`) ?? [];
  const key = paths.join(" ");

  useEffect(() => {
    const worker = navigator.serviceWorker;
    if (!worker || !key) return;
    let live = true;
    const check = () => {
      if (!worker.controller) return;
      void askWorker<SavedPage[]>({ type: "saved-pages" }).then((saved) => {
        if (!live || !saved) return;
        const kept = new Set(saved.map((p) => p.path));
        setState((s) => (s.kind === "saving" ? s : key.split(" ").every((p) => kept.has(p)) ? { kind: "saved" } : { kind: "ready" }));
      });
    };
    check();
    // On a first visit the worker takes control a moment after the page loaded.
    worker.addEventListener("controllerchange", check);
    return () => {
      live = false;
      worker.removeEventListener("controllerchange", check);
    };
  }, [key]);

  if (!offlineModule || state.kind === "unavailable") return null;
  const save = () => {
    const module: ModuleToSave = {
      lessons: offlineModule.lessons.map((l, i) => ({ path: paths[i]!, title: l.title })),
      media: offlineModule.media,
    };
    setState({ kind: "saving", done: 0, total: module.lessons.length + module.media.length });
    void saveModuleOffline(module, (p) => setState({ kind: "saving", done: p.done, total: p.total })).then((last) =>
      setState(last && last.failed === 0 ? { kind: "saved" } : { kind: "failed" }),
    );
  };
  return (
    <section className="save-offline" aria-live="polite" data-testid="save-module">
      {state.kind === "saved" ? (
        <p className="notice success">{t("offline.moduleSaved")}</p>
      ) : state.kind === "saving" ? (
        <p>
          <label>
            {t("offline.savingModule", { done: state.done, total: state.total })}{" "}
            <progress max={state.total} value={state.done} />
          </label>
        </p>
      ) : (
        <>
          {state.kind === "failed" ? <p className="notice warning">{t("offline.saveModuleFailed")}</p> : null}
          <button type="button" className="button secondary" onClick={save}>
            {t("offline.saveModule", { size: formatDownloadSize(locale, offlineModule.bytes) })}
          </button>
        </>
      )}
    </section>
  );
}
