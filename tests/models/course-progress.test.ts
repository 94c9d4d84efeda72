import { describe, expect, it } from "vitest";
import { getCourse } from "~/curriculum/index.server";
import { outlineProgress } from "~/models/course-progress.server";
import { completeLesson, markStarted } from "~/models/progress.server";
import { createUser } from "~/models/users.server";

const course = getCourse("rpa-foundations")!;
const lessons = course.modules.flatMap((m) => m.lessons).map((l) => ({ id: l.id, title: l.variants.en.title }));
let n = 0;
const learner = async () => (await createUser({ name: "Outline", email: `outline${++n}@example.org`, password: "a long password", locale: "en" })).id;

describe("the course outline's progress", () => {
  it("a newcomer has nothing to continue", async () => {
    expect(outlineProgress(await learner(), course.id, lessons)).toEqual({ done: [], started: [], resume: null });
  });

  it("continues with the lesson opened last and not finished", async () => {
    const id = await learner();
    completeLesson(id, course.id, lessons[0]!.id, { now: new Date("2026-11-01T10:00:00Z") });
    markStarted(id, course.id, lessons[3]!.id, new Date("2026-11-02T10:00:00Z"));
    markStarted(id, course.id, lessons[2]!.id, new Date("2026-11-03T10:00:00Z"));
    const progress = outlineProgress(id, course.id, lessons);
    expect(progress.done).toEqual([lessons[0]!.id]);
    expect(progress.started.sort()).toEqual([lessons[2]!.id, lessons[3]!.id].sort());
    expect(progress.resume?.id).toBe(lessons[2]!.id);
  });

  it("with nothing open, continues with the first lesson not finished; with all finished, none", async () => {
    const id = await learner();
    completeLesson(id, course.id, lessons[0]!.id);
    completeLesson(id, course.id, lessons[1]!.id);
    expect(outlineProgress(id, course.id, lessons).resume?.id).toBe(lessons[2]!.id);
    for (const lesson of lessons) completeLesson(id, course.id, lesson.id);
    expect(outlineProgress(id, course.id, lessons)).toMatchObject({ resume: null });
    expect(outlineProgress(id, course.id, lessons).done).toHaveLength(lessons.length);
  });
});
