import fs from "node:fs";
import { getEnv } from "~/env.server";
import type { Locale } from "~/i18n/config";
import { loadCurriculum } from "./load.server";
import { RenderCache } from "./render-cache.server";
import type { ContentError, Course, Curriculum, Lesson, LessonVariant, Module, RubricItem } from "./types";

export type { Course, Lesson, LessonVariant, Module };

export function formatContentErrors(errors: ContentError[]): string {
  return errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ""}: ${e.message}`).join("\n");
}

export class InvalidContentError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`The content in ${getEnv().CONTENT_DIR}/ has ${errors.length} error(s):\n${formatContentErrors(errors)}`);
  }
}

let cached: Curriculum | undefined;
/** Errors of the last reload in development (the previous good content stays served). */
let devErrors: ContentError[] = [];

function load(): Curriculum {
  const env = getEnv();
  const cache = new RenderCache(env.CONTENT_CACHE_PATH === "off" ? null : env.CONTENT_CACHE_PATH);
  const loaded = loadCurriculum(env.CONTENT_DIR, { render: cache.render });
  if (!loaded.errors.length) cache.save();
  return loaded;
}

/**
 * The curriculum, loaded, validated and rendered once. Throws on invalid
 * content so that the server refuses to start on it. In development, edits
 * under CONTENT_DIR are picked up without a restart.
 */
export function getCurriculum(): Curriculum {
  if (!cached) {
    const loaded = load();
    if (loaded.errors.length) throw new InvalidContentError(loaded.errors);
    cached = loaded;
    // Only the development server watches (server.ts sets the flag); a script
    // that loads the content must be able to exit.
    if (process.env.KUMI_WATCH_CONTENT === "1") watchContent();
  }
  return cached;
}

export function contentErrorsInDevelopment(): ContentError[] {
  return devErrors;
}

const WATCHER = Symbol.for("kumi.contentWatcher");

function watchContent() {
  // One watcher per process, even when Vite re-evaluates this module.
  const holder = globalThis as typeof globalThis & { [WATCHER]?: fs.FSWatcher };
  holder[WATCHER]?.close();
  let timer: NodeJS.Timeout | undefined;
  holder[WATCHER] = fs.watch(getEnv().CONTENT_DIR, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const loaded = load();
      devErrors = loaded.errors;
      if (loaded.errors.length) {
        console.warn(`Content has errors; still serving the previous version:\n${formatContentErrors(loaded.errors)}`);
      } else {
        cached = loaded;
        console.log("Content reloaded.");
      }
    }, 150);
  });
  holder[WATCHER].unref();
}

/** A file next to a lesson, by its served name (content hash + extension). */
export function findMediaFile(name: string) {
  return getCurriculum().media.get(name) ?? null;
}

export function listCourses(): Course[] {
  return getCurriculum().courses;
}

const courseById = new WeakMap<Curriculum, Map<string, Course>>();

export function getCourse(courseId: string): Course | undefined {
  const curriculum = getCurriculum();
  let byId = courseById.get(curriculum);
  if (!byId) courseById.set(curriculum, (byId = new Map(curriculum.courses.map((c) => [c.id, c]))));
  return byId.get(courseId);
}

export type TranslationState = "ok" | "missing" | "stale";

export function translationState(lesson: Lesson, locale: Locale): TranslationState {
  if (locale === "en") return "ok";
  const variant = lesson.variants[locale];
  if (!variant) return "missing";
  return variant.source === lesson.variants.en.bodyHash ? "ok" : "stale";
}

export interface ReadableLesson {
  course: Course;
  module: Module;
  lesson: Lesson;
  /** The variant to show: the reader's language when it exists and is current, else English. */
  variant: LessonVariant;
  /** Why the reader sees English instead of their language, if they do. */
  fallback: "missing" | "stale" | null;
  previous: Lesson | null;
  next: Lesson | null;
}

/** Learners never see drafts; a missing or stale translation falls back to English. */
export function findReadableLesson(
  courseId: string,
  lessonId: string,
  locale: Locale,
  options: { includeDrafts?: boolean } = {},
): ReadableLesson | null {
  const course = getCourse(courseId);
  if (!course) return null;
  const order = lessonOrder(course, !!options.includeDrafts);
  const index = order.position.get(lessonId) ?? -1;
  const found = order.list[index];
  if (!found) return null;
  const visible = order.list;
  const state = translationState(found.lesson, locale);
  const variant = state === "ok" ? found.lesson.variants[locale]! : found.lesson.variants.en;
  return {
    course,
    module: found.module,
    lesson: found.lesson,
    variant,
    fallback: state === "ok" ? null : state,
    previous: visible[index - 1]?.lesson ?? null,
    next: visible[index + 1]?.lesson ?? null,
  };
}

interface LessonOrder {
  list: { module: Module; lesson: Lesson }[];
  position: Map<string, number>;
}
// Per course (and per draft visibility), built on first use: a lesson page
// finds its lesson and neighbours without walking the course.
const orders = new WeakMap<Course, { learners?: LessonOrder; trainers?: LessonOrder }>();

function lessonOrder(course: Course, includeDrafts: boolean): LessonOrder {
  let entry = orders.get(course);
  if (!entry) orders.set(course, (entry = {}));
  const key = includeDrafts ? "trainers" : "learners";
  let order = entry[key];
  if (!order) {
    const list = course.modules.flatMap((module) =>
      module.lessons.filter((lesson) => includeDrafts || !lesson.variants.en.draft).map((lesson) => ({ module, lesson })),
    );
    order = { list, position: new Map(list.map(({ lesson }, i) => [lesson.id, i])) };
    entry[key] = order;
  }
  return order;
}

/**
 * An exercise's rubric in the reader's language when that translation is
 * current, else in English (like the lesson text); `locale` says which.
 */
export function lessonRubric(lesson: Lesson, locale: Locale): { items: RubricItem[]; locale: Locale } {
  const own = translationState(lesson, locale) === "ok" ? lesson.variants[locale]?.rubric : undefined;
  if (own) return { items: own, locale };
  return { items: lesson.variants.en.rubric ?? [], locale: "en" };
}

/** Title in the reader's language when that translation exists, else English. */
export function lessonTitle(lesson: Lesson, locale: Locale): string {
  return (lesson.variants[locale] ?? lesson.variants.en).title;
}

export function isDraft(lesson: Lesson): boolean {
  return lesson.variants.en.draft;
}
