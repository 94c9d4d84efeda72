import { and, eq, isNotNull, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import { lessonProgress, quizAttempts } from "#db/schema";
import { getCourse, isDraft, type Course, type Lesson } from "~/curriculum/index.server";
import type { QuizQuestion } from "~/curriculum/types";
import { gradeQuiz, type QuizAnswers, type QuizResult } from "~/domain/quiz-grading";
import { certificateOf, issueCertificate, type Certificate } from "./certificates.server";
import { cohortMemberIds, cohortOfLearner } from "./cohorts.server";
import { notify } from "./notifications.server";
import { inList, jsonList, prepared } from "./prepared.server";

export type ProgressRow = typeof lessonProgress.$inferSelect;

function findLesson(course: Course, lessonId: string): Lesson | undefined {
  for (const m of course.modules) for (const l of m.lessons) if (l.id === lessonId) return l;
  return undefined;
}

/** Current, learner-visible lessons of a course: what completion is measured against. */
export function courseLessonIds(course: Course): string[] {
  return course.modules.flatMap((m) => m.lessons.filter((l) => !isDraft(l)).map((l) => l.id));
}

/** Records that a learner opened a lesson (first time only). */
export function markStarted(userId: number, courseId: string, lessonId: string, now = new Date()): void {
  getConnection()
    .db.insert(lessonProgress)
    .values({ userId, courseId, lessonId, startedAt: now })
    .onConflictDoNothing()
    .run();
}

export interface CompletionOutcome {
  /** False when it was already completed: a double submit changes nothing. */
  newlyCompleted: boolean;
  certificate: Certificate | null;
}

/**
 * Marks a lesson completed, idempotently: the first completion time and the
 * content revision studied are kept. Completing the last lesson of the course
 * issues the certificate.
 */
export function completeLesson(
  userId: number,
  courseId: string,
  lessonId: string,
  options: { quizScore?: number; completedBy?: number; now?: Date } = {},
): CompletionOutcome {
  const course = getCourse(courseId);
  const lesson = course && findLesson(course, lessonId);
  if (!course || !lesson) throw new Error(`unknown lesson ${courseId}/${lessonId}`);
  const now = options.now ?? new Date();
  const { sqlite, db } = getConnection();
  return sqlite.transaction((): CompletionOutcome => {
    const updated = db
      .insert(lessonProgress)
      .values({
        userId,
        courseId,
        lessonId,
        startedAt: now,
        completedAt: now,
        quizScore: options.quizScore ?? null,
        contentRevision: lesson.variants.en.bodyHash,
        completedBy: options.completedBy ?? userId,
      })
      .onConflictDoUpdate({
        target: [lessonProgress.userId, lessonProgress.lessonId],
        set: {
          completedAt: sql`coalesce(${lessonProgress.completedAt}, excluded.completed_at)`,
          contentRevision: sql`coalesce(${lessonProgress.contentRevision}, excluded.content_revision)`,
          completedBy: sql`coalesce(${lessonProgress.completedBy}, excluded.completed_by)`,
          quizScore: sql`max(coalesce(${lessonProgress.quizScore}, 0), coalesce(excluded.quiz_score, 0))`,
        },
        // Only rows not yet completed change their completion; a repeat is a no-op.
        setWhere: sql`${lessonProgress.completedAt} is null or excluded.quiz_score is not null`,
      })
      .returning({ completedAt: lessonProgress.completedAt })
      .get();
    const newlyCompleted = !!updated && updated.completedAt?.getTime() === now.getTime();
    let certificate: Certificate | null = null;
    if (isCourseComplete(userId, course)) {
      const cohort = cohortOfLearner(userId, courseId);
      const issued = issueCertificate(userId, courseId, cohort?.id ?? null);
      certificate = issued.certificate;
      if (issued.created) {
        notify({ userId, kind: "certificate", link: `/certificates/${issued.certificate.code}`, data: { courseId } });
      }
    }
    return { newlyCompleted, certificate };
  })();
}

export function completedLessonIds(userId: number, courseId: string): Set<string> {
  return new Set(
    getConnection()
      .db.select({ lessonId: lessonProgress.lessonId })
      .from(lessonProgress)
      .where(and(eq(lessonProgress.userId, userId), eq(lessonProgress.courseId, courseId), isNotNull(lessonProgress.completedAt)))
      .all()
      .map((r) => r.lessonId),
  );
}

export function isCourseComplete(userId: number, course: Course): boolean {
  const done = completedLessonIds(userId, course.id);
  return courseLessonIds(course).every((id) => done.has(id));
}

const selectProgressOf = prepared((db) =>
  db
    .select()
    .from(lessonProgress)
    .where(and(eq(lessonProgress.courseId, sql.placeholder("courseId")), inList(lessonProgress.userId, "userIds")))
    .prepare(),
);

/** Progress rows of several learners in one course (for boards). */
export function progressOf(userIds: number[], courseId: string): ProgressRow[] {
  if (!userIds.length) return [];
  return selectProgressOf().all({ courseId, userIds: jsonList(userIds) });
}

const selectLessonProgress = prepared((db) =>
  db
    .select()
    .from(lessonProgress)
    .where(and(eq(lessonProgress.userId, sql.placeholder("userId")), eq(lessonProgress.lessonId, sql.placeholder("lessonId"))))
    .prepare(),
);

export function lessonProgressOf(userId: number, lessonId: string): ProgressRow | null {
  return selectLessonProgress().get({ userId, lessonId }) ?? null;
}

export interface QuizOutcome extends QuizResult {
  attempt: number;
  completion: CompletionOutcome | null;
}

/**
 * Grades a quiz on the server and keeps the attempt. A pass completes the
 * lesson (a later, better pass raises the recorded score).
 */
export function submitQuiz(userId: number, courseId: string, lessonId: string, answers: QuizAnswers): QuizOutcome {
  const course = getCourse(courseId);
  const lesson = course && findLesson(course, lessonId);
  const en = lesson?.variants.en;
  if (!course || !lesson || !en || en.kind !== "quiz" || !en.questions) throw new Error("not a quiz");
  const accepted: Record<string, string[]> = {};
  for (const variant of Object.values(lesson.variants)) {
    for (const q of (variant?.questions ?? []) as QuizQuestion[]) {
      if (q.type === "short") (accepted[q.id] ??= []).push(...q.accept);
    }
  }
  const result = gradeQuiz(en.questions, answers, en.passMark ?? 100, accepted);
  const { db } = getConnection();
  db.insert(quizAttempts).values({ userId, lessonId, answers, score: result.score, passed: result.passed }).run();
  const attempt = quizAttemptCount(userId, lessonId);
  const completion = result.passed ? completeLesson(userId, courseId, lessonId, { quizScore: result.score }) : null;
  return { ...result, attempt, completion };
}

export function quizAttemptCount(userId: number, lessonId: string): number {
  return (
    getConnection()
      .db.select({ n: sql<number>`count(*)` })
      .from(quizAttempts)
      .where(and(eq(quizAttempts.userId, userId), eq(quizAttempts.lessonId, lessonId)))
      .get()?.n ?? 0
  );
}

/** A team activity is done together: any member marks it for everyone in the team. */
export function completeTeamActivity(cohortId: number, courseId: string, lessonId: string, actorId: number): void {
  const { sqlite } = getConnection();
  sqlite.transaction(() => {
    for (const memberId of cohortMemberIds(cohortId)) {
      completeLesson(memberId, courseId, lessonId, { completedBy: actorId });
    }
  })();
}

export type UndoCompletion = { ok: true } | { ok: false; reason: "notYours" | "certified" };

/**
 * Whether a learner may take back a completion: only one she recorded
 * herself (a team activity marked by a teammate is the team's), and not once
 * the course's certificate is issued (a certificate is never taken back).
 */
export function completionUndoable(row: Pick<ProgressRow, "completedAt" | "completedBy" | "userId" | "courseId">): UndoCompletion {
  if (row.completedBy !== null && row.completedBy !== row.userId) return { ok: false, reason: "notYours" };
  if (certificateOf(row.userId, row.courseId)) return { ok: false, reason: "certified" };
  return { ok: true };
}

/**
 * Undoes one's own "mark complete" (a slip of the finger, or "I want to read
 * it again"): the lesson is started again, not done. A lesson not completed
 * is left as it is, so that a second click changes nothing.
 */
export function uncompleteLesson(userId: number, lessonId: string): UndoCompletion {
  const { sqlite, db } = getConnection();
  return sqlite.transaction((): UndoCompletion => {
    const row = lessonProgressOf(userId, lessonId);
    if (!row?.completedAt) return { ok: true };
    const allowed = completionUndoable(row);
    if (!allowed.ok) return allowed;
    db.update(lessonProgress)
      .set({ completedAt: null, completedBy: null, contentRevision: null })
      .where(and(eq(lessonProgress.userId, userId), eq(lessonProgress.lessonId, lessonId)))
      .run();
    return { ok: true };
  }).immediate();
}
