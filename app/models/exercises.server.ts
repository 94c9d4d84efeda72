import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getConnection } from "#db/client";
import { cohortMembers, exerciseSubmissions, submissionEvents, users } from "#db/schema";
import { cohortMemberIds, getCohort } from "./cohorts.server";
import { notify } from "./notifications.server";
import { prepared } from "./prepared.server";
import { completeLesson } from "./progress.server";

export type Submission = typeof exerciseSubmissions.$inferSelect;

export const EXERCISE_ANSWER_MAX = { link: 2000, text: 20_000 } as const;

export type AnswerCheck = { ok: true; answer: string } | { ok: false; key: string; max: number };

/**
 * An answer as it may be handed in: not empty, not too long, and for a
 * "link" exercise something that looks like a web address (http or https,
 * a dot in it, no spaces), so teammates can open it.
 */
export function checkExerciseAnswer(submit: "link" | "text" | null, raw: unknown): AnswerCheck {
  const isLink = submit === "link";
  const max = isLink ? EXERCISE_ANSWER_MAX.link : EXERCISE_ANSWER_MAX.text;
  const answer = typeof raw === "string" ? raw.trim() : "";
  if (!answer) return { ok: false, key: "common:form.required", max };
  if (answer.length > max) return { ok: false, key: "common:form.tooLong", max };
  if (isLink && !/^https?:\/\/[^\s]+\.[^\s]+$/i.test(answer)) return { ok: false, key: "team:lesson.exerciseLinkInvalid", max };
  return { ok: true, answer };
}

/**
 * Hands in (or hands in again) an exercise answer. A resubmission goes back
 * to review; teammates are told there is something to review.
 */
export function submitExercise(cohortId: number, userId: number, lessonId: string, answer: string, now = new Date()): Submission {
  const { sqlite, db } = getConnection();
  return sqlite.transaction(() => {
    const existing = submissionOf(userId, lessonId);
    let submission: Submission;
    if (existing) {
      if (existing.state === "accepted") return existing; // nothing to do once accepted
      submission = db
        .update(exerciseSubmissions)
        .set({ answer, state: "submitted", updatedAt: now, cohortId })
        .where(eq(exerciseSubmissions.id, existing.id))
        .returning()
        .get();
    } else {
      submission = db
        .insert(exerciseSubmissions)
        .values({ cohortId, userId, lessonId, answer, state: "submitted", updatedAt: now })
        .returning()
        .get();
    }
    db.insert(submissionEvents)
      .values({ submissionId: submission.id, actorId: userId, kind: existing ? "resubmitted" : "submitted", text: answer })
      .run();
    notify(
      cohortMemberIds(cohortId)
        .filter((id) => id !== userId)
        .map((id) => ({
          userId: id,
          kind: "submission_to_review" as const,
          actorId: userId,
          cohortId,
          link: `/cohorts/${cohortId}/submissions/${submission.id}`,
          data: { lessonId },
        })),
    );
    return submission;
  })();
}

const selectSubmission = prepared((db) =>
  db
    .select()
    .from(exerciseSubmissions)
    .where(and(eq(exerciseSubmissions.userId, sql.placeholder("userId")), eq(exerciseSubmissions.lessonId, sql.placeholder("lessonId"))))
    .prepare(),
);

export function submissionOf(userId: number, lessonId: string): Submission | null {
  return selectSubmission().get({ userId, lessonId }) ?? null;
}

export function getSubmission(id: number): Submission | null {
  return getConnection().db.select().from(exerciseSubmissions).where(eq(exerciseSubmissions.id, id)).get() ?? null;
}

export function submissionHistory(submissionId: number) {
  return getConnection()
    .db.select({
      id: submissionEvents.id,
      kind: submissionEvents.kind,
      text: submissionEvents.text,
      createdAt: submissionEvents.createdAt,
      actorName: users.name,
    })
    .from(submissionEvents)
    .leftJoin(users, eq(users.id, submissionEvents.actorId))
    .where(eq(submissionEvents.submissionId, submissionId))
    .orderBy(asc(submissionEvents.createdAt), asc(submissionEvents.id))
    .all();
}

// Only current members' work: someone moved to another team takes theirs along.
const selectCohortSubmissions = prepared((db) =>
  db
    .select({ submission: exerciseSubmissions, authorName: users.name })
    .from(exerciseSubmissions)
    .innerJoin(users, eq(users.id, exerciseSubmissions.userId))
    .innerJoin(cohortMembers, and(eq(cohortMembers.cohortId, exerciseSubmissions.cohortId), eq(cohortMembers.userId, exerciseSubmissions.userId)))
    .where(eq(exerciseSubmissions.cohortId, sql.placeholder("cohortId")))
    .orderBy(desc(exerciseSubmissions.updatedAt))
    .prepare(),
);

export function submissionsOfCohort(cohortId: number) {
  return selectCohortSubmissions()
    .all({ cohortId })
    .map((r) => ({ ...r.submission, authorName: r.authorName }));
}

export type ReviewResult = { ok: true } | { ok: false; reason: "ownSubmission" | "notSubmitted" };

/** A teammate (or trainer) accepts or asks for changes, with a comment. Accepting completes the lesson. */
export function reviewSubmission(
  submissionId: number,
  reviewerId: number,
  decision: "accepted" | "changes_requested",
  comment: string,
  now = new Date(),
): ReviewResult {
  const { sqlite, db } = getConnection();
  return sqlite.transaction((): ReviewResult => {
    const submission = getSubmission(submissionId);
    if (!submission) throw new Error("no such submission");
    if (submission.userId === reviewerId) return { ok: false, reason: "ownSubmission" };
    if (submission.state !== "submitted") return { ok: false, reason: "notSubmitted" };
    db.update(exerciseSubmissions).set({ state: decision, updatedAt: now }).where(eq(exerciseSubmissions.id, submissionId)).run();
    db.insert(submissionEvents).values({ submissionId, actorId: reviewerId, kind: decision, text: comment }).run();
    const cohort = getCohort(submission.cohortId);
    if (decision === "accepted" && cohort) completeLesson(submission.userId, cohort.courseId, submission.lessonId);
    notify({
      userId: submission.userId,
      kind: decision === "accepted" ? "review_accepted" : "review_changes",
      actorId: reviewerId,
      cohortId: submission.cohortId,
      link: `/cohorts/${submission.cohortId}/submissions/${submissionId}`,
      data: { lessonId: submission.lessonId },
    });
    return { ok: true };
  })();
}
