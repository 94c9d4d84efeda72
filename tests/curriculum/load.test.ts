import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bodyHash, loadCurriculum } from "~/curriculum/load.server";
import { EXPECTED } from "../fixtures/broken/expected";

describe("the real curriculum", () => {
  const { courses, errors } = loadCurriculum("content");

  it("loads without errors", () => {
    expect(errors).toEqual([]);
  });

  it("has RPA foundations with at least 2 modules of 2 lessons, each in en, uk and ja", () => {
    const rpa = courses.find((c) => c.id === "rpa-foundations");
    expect(rpa).toBeDefined();
    expect(rpa!.modules.length).toBeGreaterThanOrEqual(2);
    for (const module of rpa!.modules) {
      expect(module.lessons.length).toBeGreaterThanOrEqual(2);
      for (const lesson of module.lessons) {
        expect(Object.keys(lesson.variants).sort()).toEqual(["en", "ja", "uk"]);
      }
    }
  });

  it("has every translation stamped against the current English", () => {
    const stale = courses.flatMap((c) =>
      c.modules.flatMap((m) =>
        m.lessons.flatMap((l) =>
          (["uk", "ja"] as const).filter((loc) => l.variants[loc]?.source !== l.variants.en.bodyHash).map((loc) => `${l.id}.${loc}`),
        ),
      ),
    );
    expect(stale).toEqual([]);
  });
});

describe("rendering", () => {
  const { courses } = loadCurriculum("tests/fixtures/content-small");
  const lessons = courses[0]!.modules[0]!.lessons;

  it("turns lesson: links into the lesson's URL", () => {
    expect(lessons[0]!.variants.en.html).toContain('href="/courses/demo-course/lessons/demo-english-only"');
    expect(lessons[0]!.variants.uk!.html).toContain("Український текст");
  });

  it("ignores whitespace-only changes when hashing", () => {
    expect(bodyHash("a\r\nb\n\n")).toBe(bodyHash("a\nb"));
    expect(bodyHash("a b")).not.toBe(bodyHash("a  b"));
  });
});

describe("broken content", () => {
  const root = "tests/fixtures/broken";
  const cases = fs.readdirSync(root).filter((name) => fs.statSync(path.join(root, name)).isDirectory());

  it("has an expectation for every fixture", () => {
    expect(cases.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(cases)("%s: names the file and line", (name) => {
    const { errors } = loadCurriculum(path.join(root, name));
    const expected = EXPECTED[name]!;
    const file = `${root}/${name}/courses/broken/${expected.file}`;
    expect(errors).toContainEqual(expect.objectContaining({ file, line: expected.line, message: expect.stringContaining(expected.message) }));
  });
});
