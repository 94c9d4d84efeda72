import { and, eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { lessonProgress } from "#db/schema";

export interface OutlineLesson {
  id: string;
  title: string;
}

export interface OutlineProgress {
  /** Lessons this learner has completed. */
  done: string[];
  /** Lessons opened but not completed. */
  started: string[];
  /** Where to pick up: the lesson opened most recently and not finished, else the first not finished; null when all are done. */
  resume: OutlineLesson | null;
}

/**
 * One learner's standing in a course outline, from one indexed query. The
 * lessons come in course order; lessons removed from the course are ignored.
 */
export function outlineProgress(userId: number, courseId: string, lessons: OutlineLesson[]): OutlineProgress {
  const rows = getConnection()
    .db.select({ lessonId: lessonProgress.lessonId, startedAt: lessonProgress.startedAt, completedAt: lessonProgress.completedAt })
    .from(lessonProgress)
    .where(and(eq(lessonProgress.userId, userId), eq(lessonProgress.courseId, courseId)))
    .all();
  const inCourse = new Set(lessons.map((l) => l.id));
  const done = rows.filter((r) => r.completedAt && inCourse.has(r.lessonId)).map((r) => r.lessonId);
  const open = rows.filter((r) => !r.completedAt && inCourse.has(r.lessonId)).sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
  const finished = new Set(done);
  const latestOpen = open[0] ? lessons.find((l) => l.id === open[0]!.lessonId) : undefined;
  const resume = latestOpen ?? lessons.find((l) => !finished.has(l.id)) ?? null;
  return { done, started: open.map((r) => r.lessonId), resume: rows.length ? resume : null };
}
