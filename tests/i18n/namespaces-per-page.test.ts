import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NAMESPACES } from "~/i18n/config";

// The browser loads a namespace only when a page needs it
// (docs/decisions/022-namespaces-per-page.md). A component's useTranslation
// names the namespaces it waits for; a "ns:key" it translates from another
// namespace would, after a client-side navigation, show the bare key. Helper
// modules that are handed a t (income bands, meeting times) count for the file
// that imports them.

const PREFIXED = new RegExp(`\\bt\\(\\s*["'\`](${NAMESPACES.join("|")}):`, "g");
const HOOK = /useTranslation\(\s*(?:"(\w+)"|\[([^\]]*)\]|\))/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".server.ts") ? [full] : [];
  });
}

const prefixedIn = (source: string) => new Set([...source.matchAll(PREFIXED)].map((m) => m[1]!));

function hooksIn(source: string): Set<string> {
  const asked = new Set<string>();
  for (const m of source.matchAll(HOOK)) {
    if (m[1]) asked.add(m[1]);
    else if (m[2] !== undefined) for (const n of m[2].matchAll(/"(\w+)"/g)) asked.add(n[1]!);
    else asked.add("common");
  }
  return asked;
}

/** Namespaces a file translates from that none of its useTranslation calls asks for. */
export function unaskedNamespaces(file: string, read = (f: string) => fs.readFileSync(f, "utf8")): string[] {
  const source = read(file);
  const asked = hooksIn(source);
  if (!asked.size) return [];
  const used = prefixedIn(source);
  for (const m of source.matchAll(/from\s+"~\/i18n\/([\w-]+)"/g)) {
    const helper = path.join("app/i18n", `${m[1]}.ts`);
    if (fs.existsSync(helper) && !hooksIn(read(helper)).size) for (const ns of prefixedIn(read(helper))) used.add(ns);
  }
  return [...used].filter((ns) => ns !== "common" && !asked.has(ns));
}

describe("namespaces a page waits for", () => {
  it("every component asks useTranslation for each namespace it translates from", () => {
    const problems = sourceFiles("app").flatMap((file) => unaskedNamespaces(file).map((ns) => `${file}: t("${ns}:…") without useTranslation(…"${ns}"…)`));
    expect(problems).toEqual([]);
  });

  it("the check sees a namespace a component forgot", () => {
    const file = "app/routes/funder-report.tsx";
    const forgetful = (f: string) => {
      const source = fs.readFileSync(f, "utf8");
      return f === file ? source.replace('useTranslation(["funders", "outcomes"])', 'useTranslation("funders")') : source;
    };
    expect(unaskedNamespaces(file, forgetful)).toEqual(["outcomes"]);
  });
});
