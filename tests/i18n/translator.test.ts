import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES, NAMESPACES } from "~/i18n/config";
import { catalogueOf, translationsFor } from "~/i18n/resources.server";
import { createTranslations, type Messages } from "~/i18n/translate";

// kumi translates with its own small function (decision 011) but keeps
// i18next's file format. i18next itself is the oracle: every string of every
// language must come out the same, plurals and placeholders included.

const PLURAL = /_(zero|one|two|few|many|other)$/;
const COUNTS = [0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 1.5];

function keysOf(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [prefix + key] : keysOf(value, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]!);
}

function oracle(locale: (typeof LOCALES)[number]) {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    ns: [...NAMESPACES],
    defaultNS: "common",
    resources: { [locale]: catalogueOf(locale), [DEFAULT_LOCALE]: catalogueOf(DEFAULT_LOCALE) },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

describe("translate", () => {
  for (const locale of LOCALES) {
    it(`says what i18next says for every ${locale} string`, () => {
      const i18n = oracle(locale);
      const translations = translationsFor(locale);
      let compared = 0;
      for (const ns of NAMESPACES) {
        const ours = translations.fixedT(ns);
        const theirs = i18n.getFixedT(null, ns);
        const keys = new Set(keysOf(catalogueOf(locale)[ns]).map((k) => k.replace(PLURAL, "")));
        for (const key of keys) {
          const text = JSON.stringify(catalogueOf(locale)[ns]);
          const values = Object.fromEntries(placeholders(text).map((name) => [name, `<${name}>`]));
          const calls: Record<string, unknown>[] = [{}, values, ...COUNTS.map((count) => ({ ...values, count }))];
          for (const options of calls) {
            expect(ours(key, options), `${locale} ${ns}:${key} ${JSON.stringify(options)}`).toBe(theirs(key, options));
            compared++;
          }
          // From another namespace, with its prefix or the ns option.
          expect(translations.fixedT("common")(`${ns}:${key}`, { count: 2 })).toBe(i18n.t(`${ns}:${key}`, { count: 2 }));
          expect(translations.fixedT("auth")(key, { ns, count: 2 })).toBe(i18n.getFixedT(null, "auth")(key, { ns, count: 2 }));
        }
      }
      expect(compared).toBeGreaterThan(1000);
    });
  }

  it("keeps i18next's handling of absent and null values", () => {
    const { fixedT } = createTranslations("en", { ...catalogueOf("en"), common: { hi: "Hi {{name}}, {{ other }}" } });
    const t = fixedT();
    expect(t("hi")).toBe("Hi {{name}}, {{ other }}");
    expect(t("hi", { name: "Olena", other: null })).toBe("Hi Olena, ");
    expect(t("no.such.key")).toBe("no.such.key");
    expect(t("team:no.such.key")).toBe("no.such.key");
  });

  it("falls back to English for a string a translation lacks", () => {
    const uk = { ...catalogueOf("uk"), common: {} };
    const t = createTranslations("uk", uk, catalogueOf("en")).fixedT();
    expect(t("nav.home")).toBe("Home");
  });
});
