import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "~/i18n/config";

// docs/glossary.md's course-terms table lists, per language, the variants a
// lesson or UI string must not use ("uk: `авансовий звіт`, `…` (why)").
function forbiddenVariants(markdown: string): Record<Locale, string[]> {
  const result = Object.fromEntries(LOCALES.map((l) => [l, [] as string[]])) as Record<Locale, string[]>;
  const lines = markdown.split("\n");
  const header = lines.findIndex((line) => /^\|.*\|\s*avoid\s*\|\s*$/.test(line));
  if (header < 0) return result;
  const column = line(lines[header]!).indexOf("avoid");
  for (const row of lines.slice(header + 2)) {
    if (!row.startsWith("|")) break;
    const cell = line(row)[column] ?? "";
    for (const [, lang, list] of cell.matchAll(/\b(en|uk|ja):\s*((?:`[^`]+`\s*,?\s*)+)/g)) {
      for (const [, variant] of list!.matchAll(/`([^`]+)`/g)) result[lang as Locale].push(variant!);
    }
  }
  return result;
}

function line(row: string): string[] {
  return row.split("|").slice(1, -1).map((c) => c.trim());
}

function filesUnder(dir: string, suffix: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(suffix)).map((f) => path.join(dir, f));
}

const avoid = forbiddenVariants(fs.readFileSync("docs/glossary.md", "utf8"));

describe("glossary", () => {
  it("lists forbidden variants in the course-terms table", () => {
    expect(avoid.uk).toContain("авансовий звіт");
    expect(avoid.ja).toContain("担当者");
  });

  it.each(LOCALES)("no %s lesson or locale file uses a variant the glossary says to avoid", (lang) => {
    const files = [...filesUnder("content", `.${lang}.md`), ...filesUnder(`locales/${lang}`, ".json")];
    const found: string[] = [];
    for (const file of files) {
      fs.readFileSync(file, "utf8")
        .split("\n")
        .forEach((text, index) => {
          const lower = text.toLocaleLowerCase(lang);
          for (const variant of avoid[lang]) {
            if (lower.includes(variant.toLocaleLowerCase(lang))) found.push(`${file}:${index + 1}: "${variant}"`);
          }
        });
    }
    expect(found).toEqual([]);
  });
});
