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

  it("has every lesson in en, uk and ja", () => {
    const incomplete = courses.flatMap((c) =>
      c.modules.flatMap((m) => m.lessons.filter((l) => Object.keys(l.variants).sort().join() !== "en,ja,uk").map((l) => l.id)),
    );
    expect(incomplete).toEqual([]);
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

describe("the courses", () => {
  const { courses } = loadCurriculum("content");
  const kinds = (id: string) => courses.find((c) => c.id === id)!.modules.flatMap((m) => m.lessons.map((l) => l.variants.en.kind));
  const lessons = courses.flatMap((c) => c.modules.flatMap((m) => m.lessons.filter((l) => !l.variants.en.draft)));

  it("has at least 5 courses and 90 lessons", () => {
    expect(courses.length).toBeGreaterThanOrEqual(5);
    expect(lessons.length).toBeGreaterThanOrEqual(90);
  });

  it("has lessons adding up to at least 45 hours", () => {
    const minutes = lessons.reduce((sum, l) => sum + l.variants.en.minutes, 0);
    expect(minutes / 60).toBeGreaterThanOrEqual(45);
  });

  it("RPA foundations has ≥ 2 quizzes, ≥ 2 exercises and a team activity", () => {
    const k = kinds("rpa-foundations");
    expect(k.filter((x) => x === "quiz").length).toBeGreaterThanOrEqual(2);
    expect(k.filter((x) => x === "exercise").length).toBeGreaterThanOrEqual(2);
    expect(k).toContain("team-activity");
  });

  // A reading a tired parent finishes in one sitting; an exercise may be longer,
  // because numbered steps, sample data and templates take words.
  it("every English lesson body has 300–1,100 words, an exercise or team activity up to 1,500 (quizzes excepted)", () => {
    const outside = courses.flatMap((c) =>
      c.modules.flatMap((m) =>
        m.lessons
          .filter((l) => l.variants.en.kind !== "quiz")
          .map((l) => [l.id, l.variants.en.kind, l.variants.en.markdown.split(/\s+/).filter((w) => /\w/.test(w)).length] as const)
          .filter(([, kind, words]) => words < 300 || words > (kind === "reading" ? 1100 : 1500)),
      ),
    );
    expect(outside).toEqual([]);
  });
});
