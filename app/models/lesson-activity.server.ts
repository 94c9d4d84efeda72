import { getCourse } from "~/curriculum/index.server";
import type { LessonVariant, QuizQuestion } from "~/curriculum/types";
import { cohortMemberIds, cohortOfLearner } from "./cohorts.server";
import { submissionHistory, submissionOf } from "./exercises.server";
import { completionUndoable, lessonProgressOf, markStarted } from "./progress.server";

/** Quiz questions as a learner may see them before answering: no correct flags, no accepted answers. */
export function publicQuestions(variant: Pick<LessonVariant, "questions">) {
  return ((variant.questions ?? []) as QuizQuestion[]).map((q) =>
    q.type === "short"
      ? { id: q.id, type: q.type, prompt: q.prompt, options: [] as { id: string; text: string }[] }
      : { id: q.id, type: q.type, prompt: q.prompt, options: q.options.map((o) => ({ id: o.id, text: o.text })) },
  );
}

/** Explanations, only ever sent after an answer was submitted. */
export function explanations(variant: Pick<LessonVariant, "questions">): Record<string, string> {
  return Object.fromEntries(((variant.questions ?? []) as QuizQuestion[]).flatMap((q) => (q.explanation ? [[q.id, q.explanation]] : [])));
}

/**
 * The learner's own side of a lesson page: their team for the course, what
 * they have done here, and the form state for quizzes and exercises. Opening
 * the lesson records it as started.
 */
export function lessonActivity(userId: number, courseId: string, lessonId: string) {
  const cohort = cohortOfLearner(userId, courseId);
  if (!cohort) return null;
  const course = getCourse(courseId);
  if (!course) return null;
  // Read first: most views are of lessons already started, and a read needs no write lock.
  let progress = lessonProgressOf(userId, lessonId);
  if (!progress) {
    markStarted(userId, courseId, lessonId);
    progress = lessonProgressOf(userId, lessonId);
  }
  const submission = submissionOf(userId, lessonId);
  return {
    cohortId: cohort.id,
    completedAt: progress?.completedAt?.toISOString() ?? null,
    // Whether "mark as not done" is offered (see completionUndoable).
    canUndo: !!progress?.completedAt && completionUndoable(progress).ok,
    teamSize: cohortMemberIds(cohort.id).length,
    bestScore: progress?.quizScore ?? null,
    submission: submission
      ? {
          id: submission.id,
          state: submission.state,
          answer: submission.answer,
          history: submissionHistory(submission.id).map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
        }
      : null,
  };
}
