// What the pages and the service worker (service-worker/) say to each other,
// and which pages are kept for reading offline. Imported by both sides.

/** Pages kept for offline reading: lessons, the learner's home, course outlines, team boards. */
const SAVED_PAGES = [/^\/learn$/, /^\/courses\/[\w-]+$/, /^\/courses\/[\w-]+\/lessons\/[\w-]+$/, /^\/cohorts\/\d+$/];
const LESSON = /^\/courses\/[\w-]+\/lessons\/[\w-]+$/;

/**
 * The translation namespaces the saved pages' strings come from. Once someone
 * is signed in they are loaded (through the worker, which keeps them), so that
 * a saved page she never opened with JavaScript still starts offline.
 */
export const SAVED_PAGE_NAMESPACES = ["common", "courses", "team", "mentoring"];

export const isSavedPage = (path: string) => SAVED_PAGES.some((re) => re.test(path));
export const isLessonPage = (path: string) => LESSON.test(path);

/** The page a `.data` request (Remix's client-side navigation) is for. */
export function pageOfDataPath(path: string): string {
  const page = path.replace(/\.data$/, "");
  return page === "/_root" ? "/" : page;
}

export const OFFLINE_PAGE = "/offline";
/** Response header on every page and data answer: whose page it is ("" when nobody is signed in). */
export const OWNER_HEADER = "Kumi-Offline-Owner";
export const SAVED_AT_HEADER = "Kumi-Saved-At";

export interface SavedPage {
  path: string;
  title: string;
  savedAt: number;
  /** Whether the page itself is kept (a reload opens it), or only its data (a tap in the app does). */
  document?: boolean;
}

/** A module to save for offline: its lessons (with their titles) and their images. */
export interface ModuleToSave {
  lessons: { path: string; title: string }[];
  media: string[];
}

export interface PageStatus {
  /** When the copy now on screen was saved, if it came from the phone. */
  savedAt: number | null;
  /** A newer version arrived while an older copy was on screen. */
  changed: boolean;
  /** The lesson is the same but her own part of the page (progress, reviews) moved on: the page reloads its data. */
  stale?: boolean;
}

/** The worker's answers while it saves a module: how far it got, and how many parts failed. */
export interface ModuleProgress {
  done: number;
  total: number;
  failed: number;
  finished: boolean;
}

export type ToWorker =
  | { type: "status"; path: string }
  | { type: "saved-pages" }
  | { type: "viewed"; path: string; title: string; next?: string | null }
  | { type: "save-module"; module: ModuleToSave }
  | { type: "keep-assets"; assets: string[] };
