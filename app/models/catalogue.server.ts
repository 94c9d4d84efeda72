import {
  findReadableLesson,
  getCourse,
  isDraft,
  lessonTitle,
  listCourses,
  translationState,
} from "~/curriculum/index.server";
import { publicQuestions } from "./lesson-activity.server";
import type { Locale } from "~/i18n/config";

// Read models for the catalogue, outline and lesson pages: plain data in the
// reader's language, with nothing a learner must not see (drafts, quiz answers).

export function listCourseSummaries(locale: Locale) {
  return listCourses().map((course) => ({
    id: course.id,
    title: course.title[locale],
    summary: course.summary[locale],
    level: course.level,
    hours: course.hours,
    moduleCount: course.modules.length,
    lessonCount: course.modules.reduce((n, m) => n + m.lessons.filter((l) => !isDraft(l)).length, 0),
  }));
}

export function getCourseOutline(courseId: string, locale: Locale, options: { includeDrafts?: boolean } = {}) {
  const course = getCourse(courseId);
  if (!course) return null;
  return {
    id: course.id,
    title: course.title[locale],
    summary: course.summary[locale],
    level: course.level,
    hours: course.hours,
    modules: course.modules.map((module) => ({
      id: module.id,
      title: module.title[locale],
      summary: module.summary[locale],
      lessons: module.lessons
        .filter((lesson) => options.includeDrafts || !isDraft(lesson))
        .map((lesson) => ({
          id: lesson.id,
          title: lessonTitle(lesson, locale),
          kind: lesson.variants.en.kind,
          minutes: lesson.variants.en.minutes,
          draft: isDraft(lesson),
          inYourLanguage: translationState(lesson, locale) === "ok",
        })),
    })),
  };
}

export function getLessonPage(courseId: string, lessonId: string, locale: Locale, options: { includeDrafts?: boolean } = {}) {
  const found = findReadableLesson(courseId, lessonId, locale, options);
  if (!found) return null;
  const { course, module, lesson, variant, fallback, previous, next } = found;
  return {
    course: { id: course.id, title: course.title[locale] },
    module: { id: module.id, title: module.title[locale] },
    lesson: {
      id: lesson.id,
      title: variant.title,
      kind: variant.kind,
      minutes: variant.minutes,
      draft: variant.draft,
      submit: variant.submit ?? null,
      questionCount: variant.questions?.length ?? 0,
      // Prompts and options only: correct answers and explanations stay on the server.
      questions: publicQuestions(variant),
      passMark: variant.passMark ?? null,
      html: variant.html,
      contentLocale: variant.locale,
    },
    fallback,
    englishUpdatedAt: lesson.variants.en.updatedAt.toISOString(),
    previous: previous ? { id: previous.id, title: lessonTitle(previous, locale) } : null,
    next: next ? { id: next.id, title: lessonTitle(next, locale) } : null,
  };
}
