import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES, NAMESPACES } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(obj: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([key, value]) =>
    value && typeof value === "object" ? flatten(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function keysOf(locale: string, ns: string): string[] {
  const file = path.join("locales", locale, `${ns}.json`);
  return flatten(JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>);
}

describe("locale files", () => {
  it("has exactly the declared namespaces in every locale", () => {
    for (const locale of LOCALES) {
      const files = fs.readdirSync(path.join("locales", locale)).sort();
      expect(files).toEqual(NAMESPACES.map((ns) => `${ns}.json`).sort());
    }
  });

  for (const ns of NAMESPACES) {
    it(`${ns}: every key exists in en, uk and ja`, () => {
      const base = (locale: string) => new Set(keysOf(locale, ns).map((k) => k.replace(PLURAL, "")));
      const en = base("en");
      for (const locale of LOCALES) {
        const other = base(locale);
        expect([...en].filter((k) => !other.has(k)), `${locale}/${ns}.json lacks`).toEqual([]);
        expect([...other].filter((k) => !en.has(k)), `${locale}/${ns}.json has extra`).toEqual([]);
      }
    });

    it(`${ns}: plural keys have every form the language needs (Intl.PluralRules)`, () => {
      for (const locale of LOCALES) {
        const keys = keysOf(locale, ns);
        const pluralBases = new Set(keys.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, "")));
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
        for (const base of pluralBases) {
          for (const category of categories) {
            expect(keys, `${locale}/${ns}.json ${base}_${category}`).toContain(`${base}_${category}`);
          }
        }
      }
    });
  }

  it("has no empty strings", () => {
    for (const locale of LOCALES) {
      for (const ns of NAMESPACES) {
        const json = JSON.parse(fs.readFileSync(path.join("locales", locale, `${ns}.json`), "utf8"));
        const at = (key: string) =>
          key.split(".").reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], json);
        const empty = flatten(json).filter((k) => at(k) === "");
        expect(empty, `${locale}/${ns}`).toEqual([]);
      }
    }
  });
});

describe("Ukrainian plurals", () => {
  const t = serverT("uk");
  it.each([
    [1, "1 урок"],
    [2, "2 уроки"],
    [4, "4 уроки"],
    [5, "5 уроків"],
    [11, "11 уроків"],
    [12, "12 уроків"],
    [21, "21 урок"],
    [22, "22 уроки"],
    [25, "25 уроків"],
    [101, "101 урок"],
  ])("%i → %s", (count, expected) => {
    expect(t("courses:count.lessons", { count })).toBe(expected);
  });

  it("uses the right form of 'second' in the rate-limit message", () => {
    expect(t("auth:errors.rateLimited", { count: 1 })).toContain("1 секунду");
    expect(t("auth:errors.rateLimited", { count: 3 })).toContain("3 секунди");
    expect(t("auth:errors.rateLimited", { count: 45 })).toContain("45 секунд ");
  });
});

describe("Japanese and English", () => {
  it("Japanese uses one form for every count", () => {
    const t = serverT("ja");
    expect(t("courses:count.lessons", { count: 1 })).toBe("1 レッスン");
    expect(t("courses:count.lessons", { count: 12 })).toBe("12 レッスン");
  });

  it("English distinguishes one and other", () => {
    const t = serverT("en");
    expect(t("courses:count.lessons", { count: 1 })).toBe("1 lesson");
    expect(t("courses:count.lessons", { count: 2 })).toBe("2 lessons");
  });
});

describe("dates inside Ukrainian sentences", () => {
  // Intl writes a Ukrainian long date as "29 листопада 2026 р.": a full stop after
  // the placeholder would print "р..".
  it("no string puts a full stop right after a date placeholder", () => {
    const offenders: string[] = [];
    for (const ns of NAMESPACES) {
      const text = fs.readFileSync(path.join("locales", "uk", `${ns}.json`), "utf8");
      for (const match of text.matchAll(/"([\w.]+)": "[^"]*\{\{\s*(date|due|\w*(Date|At|On))\s*\}\}\.[^"]*"/g)) offenders.push(`uk/${ns}.json ${match[1]}`);
    }
    expect(offenders).toEqual([]);
  });
});

describe("full stops", () => {
  // "р.." or "。。" is a slip a reader notices at once; an ellipsis is written "…".
  it("no string has a doubled full stop in any language", () => {
    const offenders: string[] = [];
    for (const locale of LOCALES) {
      for (const ns of NAMESPACES) {
        const json = JSON.parse(fs.readFileSync(path.join("locales", locale, `${ns}.json`), "utf8")) as Record<string, unknown>;
        for (const key of flatten(json)) {
          const text = key.split(".").reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], json);
          if (typeof text === "string" && /(?<!\.)\.\.(?!\.)|。。|。\.|\.。/.test(text)) offenders.push(`${locale}/${ns}.json ${key}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
