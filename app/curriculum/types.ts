import type { Locale } from "~/i18n/config";

export type LessonKind = "reading" | "exercise" | "quiz" | "team-activity";
export type Localised = Record<Locale, string>;

export interface QuizOption {
  id: string;
  text: string;
  correct: boolean;
}

export type QuizQuestion =
  | { id: string; type: "single" | "multiple"; prompt: string; options: QuizOption[]; explanation?: string }
  | { id: string; type: "short"; prompt: string; accept: string[]; explanation?: string };

/** What a reviewer checks in an exercise, and what "accept" and "ask for changes" look like. */
export interface RubricItem {
  check: string;
  accept: string;
  changes: string;
}

/** One language version of a lesson, parsed and rendered. */
export interface LessonVariant {
  /** Stable lesson id, identical in every language. */
  id: string;
  locale: Locale;
  file: string;
  title: string;
  minutes: number;
  kind: LessonKind;
  draft: boolean;
  submit?: "text" | "link";
  passMark?: number;
  questions?: QuizQuestion[];
  /** Exercises only: the review checklist, in this file's language. */
  rubric?: RubricItem[];
  /** For translations: hash of the English body this one was made from. */
  source?: string;
  /** Hash of this variant's own body (used as `source` by translations of English). */
  bodyHash: string;
  /** When this file last changed (its last commit, else its mtime). */
  updatedAt: Date;
  markdown: string;
  html: string;
}

export interface Lesson {
  id: string;
  courseId: string;
  moduleId: string;
  slug: string;
  variants: Partial<Record<Locale, LessonVariant>> & { en: LessonVariant };
}

export interface Module {
  id: string;
  title: Localised;
  summary: Localised;
  lessons: Lesson[];
}

export interface Course {
  id: string;
  title: Localised;
  summary: Localised;
  level: "beginner" | "intermediate" | "advanced";
  hours: number;
  modules: Module[];
}

export interface ContentError {
  file: string;
  line?: number;
  message: string;
}

export interface MediaFile {
  path: string;
  contentType: string;
}

export interface Curriculum {
  courses: Course[];
  errors: ContentError[];
  /** Images referenced by lessons, by their served name (content hash + extension). */
  media: Map<string, MediaFile>;
}
