import { createInstance, type i18n, type TFunction } from "i18next";
import { initReactI18next } from "react-i18next";
import { LOCALES, type Locale } from "./config";
import en from "./bundles/en";
import ja from "./bundles/ja";
import uk from "./bundles/uk";
import { i18nextOptions } from "./options";
import { RECORD_NAMESPACES, recordNamespaces, trackNamespaces } from "./used-namespaces";

const resources = { en, uk, ja };

/**
 * One i18next instance per request: the reader's language is that request's
 * state, never shared with another request. Every language's strings are
 * already in memory, so init is synchronous.
 */
export function createRequestI18n(locale: Locale): i18n {
  const instance = createInstance({
    ...i18nextOptions(locale),
    resources,
    initAsync: false,
    postProcess: [RECORD_NAMESPACES],
    postProcessPassResolved: true,
  });
  void instance.use(initReactI18next).use(recordNamespaces).init();
  trackNamespaces(instance);
  return instance;
}

// Loaders and resource routes only read strings (page titles, CSV headers):
// one instance per language serves them.
const readers = new Map<Locale, TFunction>();

/** A translate function for server code outside React. */
export function serverT(locale: Locale): TFunction {
  let t = readers.get(locale);
  if (!t) {
    t = createRequestI18n(locale).t;
    readers.set(locale, t);
  }
  return t;
}

export { LOCALES, resources };
