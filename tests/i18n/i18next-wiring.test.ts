import fs from "node:fs";
import path from "node:path";
import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { LOCALES, NAMESPACES } from "~/i18n/config";
import { i18nextOptions } from "~/i18n/options";
import { createRequestI18n, resources } from "~/i18n/resources.server";

type Tree = { [key: string]: string | Tree };

function strings(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[prefix + key, value] as [string, string]] : strings(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]).sort();
const PLURAL = /_(zero|one|two|few|many|other)$/;

describe("i18next on the server", () => {
  it("gives every request its own instance: one reader's language never leaks into another's", async () => {
    const uk = createRequestI18n("uk");
    const ja = createRequestI18n("ja");
    expect(uk.t("nav.home")).not.toBe(ja.t("nav.home"));
    await uk.changeLanguage("en");
    expect(uk.t("nav.home")).toBe("Home");
    expect(ja.language).toBe("ja");
    expect(createRequestI18n("uk").t("nav.home")).not.toBe("Home");
  });

  it("shows English for a string a translation lacks, never the key", () => {
    // A copy: request instances share the in-memory strings, which nothing may change.
    const copy = structuredClone(resources);
    delete (copy.uk as Partial<typeof copy.uk>).common;
    const uk = createInstance({ ...i18nextOptions("uk"), resources: copy, initAsync: false });
    void uk.init();
    expect(uk.t("nav.home")).toBe("Home");
  });

  it("reads the JSON files on disk (the bundles are not a second copy)", () => {
    for (const locale of LOCALES)
      for (const ns of NAMESPACES)
        expect(resources[locale][ns]).toEqual(JSON.parse(fs.readFileSync(path.join("locales", locale, `${ns}.json`), "utf8")));
  });

  it("every translation uses the same placeholders as the English string", () => {
    const problems: string[] = [];
    for (const ns of NAMESPACES) {
      const english = new Map(strings(resources.en[ns] as Tree).map(([k, v]) => [k.replace(PLURAL, ""), placeholders(v)]));
      for (const locale of LOCALES) {
        for (const [key, text] of strings(resources[locale][ns] as Tree)) {
          const wanted = english.get(key.replace(PLURAL, ""))?.filter((name) => name !== "count") ?? [];
          const found = placeholders(text).filter((name) => name !== "count");
          if (JSON.stringify([...new Set(found)]) !== JSON.stringify([...new Set(wanted)]))
            problems.push(`${locale}/${ns}.json ${key}: ${found.join(",")} ≠ en ${wanted.join(",")}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
