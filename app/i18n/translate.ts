import { NAMESPACES, type Locale, type Namespace } from "./config";

// The part of i18next's behaviour our strings use, in a few hundred bytes for
// the browser: nested keys, "ns:key" or { ns }, {{name}} interpolation and plurals by
// Intl.PluralRules with i18next's key_one/_few/_many/_other suffixes. The
// locale files keep i18next's JSON format, and a test checks every string of
// every language against i18next itself (docs/decisions/011-page-rendering-cost.md).

export type Messages = { [key: string]: string | Messages };
/** One language's strings, by namespace. */
export type Catalogue = Record<Namespace, Messages>;
export type TOptions = Record<string, unknown>;
export type TFunction = (key: string, options?: TOptions) => string;

export interface Translations {
  readonly locale: Locale;
  /** A translate function whose keys default to the given namespace. */
  fixedT(ns?: Namespace): TFunction;
}

const namespaces = new Set<string>(NAMESPACES);
const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

function lookup(messages: Messages | undefined, path: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of path.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

function interpolate(text: string, options: TOptions | undefined): string {
  if (!options || !text.includes("{{")) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = options[name];
    // As i18next: an absent value leaves the placeholder, null prints nothing.
    if (value === undefined) return whole;
    return value === null ? "" : String(value);
  });
}

export function createTranslations(locale: Locale, catalogue: Catalogue, fallback?: Catalogue): Translations {
  const plural = new Intl.PluralRules(locale);
  const sources = fallback ? [catalogue, fallback] : [catalogue];
  const find = (ns: string, key: string, count: unknown): string | undefined => {
    for (const source of sources) {
      const messages = source[ns as Namespace];
      if (typeof count === "number") {
        const form = lookup(messages, `${key}_${plural.select(count)}`) ?? lookup(messages, `${key}_other`);
        if (form !== undefined) return form;
      }
      const text = lookup(messages, key);
      if (text !== undefined) return text;
    }
    return undefined;
  };
  const fixed = new Map<string, TFunction>();
  return {
    locale,
    fixedT(defaultNs: Namespace = "common") {
      let t = fixed.get(defaultNs);
      if (!t) {
        t = (fullKey, options) => {
          const colon = fullKey.indexOf(":");
          const prefixed = colon > 0 && namespaces.has(fullKey.slice(0, colon));
          const nsOption = options?.ns;
          const ns = prefixed ? fullKey.slice(0, colon) : typeof nsOption === "string" && namespaces.has(nsOption) ? nsOption : defaultNs;
          const key = prefixed ? fullKey.slice(colon + 1) : fullKey;
          const text = find(ns, key, options?.count);
          return text === undefined ? key : interpolate(text, options);
        };
        fixed.set(defaultNs, t);
      }
      return t;
    },
  };
}
