import {
  contentErrorsInDevelopment,
  getCourse,
  isDraft,
  lessonTitle,
  listCourses,
  translationState,
  type TranslationState,
} from "~/curriculum/index.server";
import type { QuizQuestion } from "~/curriculum/types";
import { LOCALES, type Locale } from "~/i18n/config";

// Read models for trainers: which lesson exists in which language, and a
// preview of any single language version, drafts and answers included.

export type CoverageState = TranslationState | "draft";

function stateOf(lesson: Parameters<typeof translationState>[0], locale: Locale): CoverageState {
  return isDraft(lesson) ? "draft" : translationState(lesson, locale);
}

export function contentOverview(locale: Locale) {
  return {
    courses: listCourses().map((course) => {
      const lessons = course.modules.flatMap((m) => m.lessons);
      const counts = Object.fromEntries(
        LOCALES.map((l) => {
          const tally: Record<CoverageState, number> = { ok: 0, missing: 0, stale: 0, draft: 0 };
          for (const lesson of lessons) tally[stateOf(lesson, l)]++;
          return [l, tally];
        }),
      ) as Record<Locale, Record<CoverageState, number>>;
      return { id: course.id, title: course.title[locale], lessonCount: lessons.length, counts };
    }),
    errors: contentErrorsInDevelopment(),
  };
}

export function courseCoverage(courseId: string, locale: Locale) {
  const course = getCourse(courseId);
  if (!course) return null;
  return {
    id: course.id,
    title: course.title[locale],
    modules: course.modules.map((module) => ({
      id: module.id,
      title: module.title[locale],
      lessons: module.lessons.map((lesson) => ({
        id: lesson.id,
        title: lessonTitle(lesson, locale),
        kind: lesson.variants.en.kind,
        states: Object.fromEntries(LOCALES.map((l) => [l, stateOf(lesson, l)])) as Record<Locale, CoverageState>,
      })),
    })),
  };
}

/** One language version exactly as written (or English when it does not exist). */
export function lessonPreview(courseId: string, lessonId: string, previewLocale: Locale, uiLocale: Locale) {
  const course = getCourse(courseId);
  const found = course?.modules.flatMap((m) => m.lessons.map((lesson) => ({ module: m, lesson }))).find((x) => x.lesson.id === lessonId);
  if (!course || !found) return null;
  const { module, lesson } = found;
  const variant = lesson.variants[previewLocale] ?? lesson.variants.en;
  return {
    course: { id: course.id, title: course.title[uiLocale] },
    module: { title: module.title[uiLocale] },
    lesson: {
      id: lesson.id,
      title: variant.title,
      kind: variant.kind,
      minutes: variant.minutes,
      submit: variant.submit ?? null,
      passMark: variant.passMark ?? null,
      questions: (variant.questions ?? []) as QuizQuestion[],
      html: variant.html,
      contentLocale: variant.locale,
      file: variant.file,
      updatedAt: variant.updatedAt.toISOString(),
    },
    previewLocale,
    state: translationState(lesson, previewLocale),
    draft: isDraft(lesson),
    englishUpdatedAt: lesson.variants.en.updatedAt.toISOString(),
    states: Object.fromEntries(LOCALES.map((l) => [l, stateOf(lesson, l)])) as Record<Locale, CoverageState>,
  };
}
