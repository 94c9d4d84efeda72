import type { i18n, PostProcessorModule } from "i18next";
import { NAMESPACES, type Namespace } from "./config";

// Which namespaces a page's strings came from, so that the browser loads
// exactly those before it hydrates the page (app/i18n/page-namespaces.tsx).
// i18next hands a post-processor the namespace each string was found in. Not
// server-only: that component reads the record while the server renders it.

const used = new WeakMap<object, Set<Namespace>>();
const known = new Set<string>(NAMESPACES);

export const RECORD_NAMESPACES = "kumiRecordNamespaces";

export const recordNamespaces: PostProcessorModule = {
  type: "postProcessor",
  name: RECORD_NAMESPACES,
  process(value, _key, options, translator: { options?: object }) {
    const ns = (options as { i18nResolved?: { usedNS?: string } }).i18nResolved?.usedNS;
    if (ns && known.has(ns) && translator.options) used.get(translator.options)?.add(ns as Namespace);
    return value;
  },
};

/** Starts recording for one request's instance (after init). */
export function trackNamespaces(instance: i18n) {
  used.set(instance.options, new Set());
}

/**
 * The namespaces strings came from, and those components asked for with
 * useTranslation (react-i18next reports them): a component whose namespace is
 * missing in the browser would wait for it, and waiting while React hydrates
 * makes it redraw the page from scratch.
 */
export function namespacesUsed(instance: i18n): Namespace[] {
  const asked = (instance as i18n & { reportNamespaces?: { getUsedNamespaces(): string[] } }).reportNamespaces?.getUsedNamespaces() ?? [];
  return [...new Set([...(used.get(instance.options) ?? []), ...asked.filter((ns): ns is Namespace => known.has(ns))])];
}
