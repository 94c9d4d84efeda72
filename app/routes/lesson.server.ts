import { redirect } from "@remix-run/node";
import { z } from "zod";
import { getCourse } from "~/curriculum/index.server";
import { message } from "~/forms/message";
import { replyWith, type Sent } from "~/forms/submission.server";
import type { getLessonPage } from "~/models/catalogue.server";
import { checkExerciseAnswer, submitExercise } from "~/models/exercises.server";
import { explanations } from "~/models/lesson-activity.server";
import { completeLesson, completeTeamActivity, submitQuiz, uncompleteLesson } from "~/models/progress.server";
import { confirmed } from "~/forms/confirm";

export const NOTES = ["completedNow", "teamActivityMarked", "exerciseSent", "uncompletedNow"] as const;

type Page = NonNullable<ReturnType<typeof getLessonPage>>;

const answer = z.string().max(500);

/** One schema per intent; the quiz's fields and the exercise's kind of answer come from the lesson. */
export function lessonSchema(lesson: Page["lesson"]) {
  const questions = Object.fromEntries(
    lesson.questions.map((q) => [`q_${q.id}`, q.type === "multiple" ? z.array(answer).max(20).default([]) : answer.default("")]),
  );
  return z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("complete") }),
    z.object({ intent: z.literal("uncomplete") }),
    // Marks the activity done for the whole team: asked first.
    confirmed({ intent: z.literal("team") }),
    z.object({ intent: z.literal("quiz"), ...questions }),
    z.object({
      intent: z.literal("exercise"),
      // What makes an answer acceptable is the model's rule; the schema only carries its verdict to the field.
      answer: z.string().transform((raw, ctx) => {
        const checked = checkExerciseAnswer(lesson.submit ?? null, raw);
        if (checked.ok) return checked.answer;
        ctx.addIssue({ code: "custom", message: message(checked.key, { max: checked.max }) });
        return z.NEVER;
      }),
    }),
  ]);
}

type Input = z.output<ReturnType<typeof lessonSchema>>;

/** Who records progress where, as the route's access check found it. */
export interface Learner {
  userId: number;
  cohortId: number;
  page: Page;
  submission: Sent;
}

function quiz(input: Record<string, unknown>, { userId, page }: Learner) {
  const { course, lesson } = page;
  const answers: Record<string, string[]> = {};
  for (const q of lesson.questions) {
    const raw = input[`q_${q.id}`];
    answers[q.id] = Array.isArray(raw) ? (raw as string[]) : raw ? [String(raw)] : [];
  }
  const result = submitQuiz(userId, course.id, lesson.id, answers);
  const source = getCourse(course.id)!.modules.flatMap((m) => m.lessons).find((l) => l.id === lesson.id)!;
  const variant = source.variants[lesson.contentLocale] ?? source.variants.en;
  return {
    quizResult: {
      score: result.score,
      passed: result.passed,
      attempt: result.attempt,
      questions: result.questions,
      explanations: explanations(variant),
      answers,
    },
  };
}

/** Carries out one intent on a lesson page, if it fits the kind of lesson. */
export function handleLessonIntent(input: Input, learner: Learner) {
  const { userId, cohortId, page, submission } = learner;
  const here = `/courses/${page.course.id}/lessons/${page.lesson.id}`;
  const kind = page.lesson.kind;
  if (input.intent === "complete" && kind === "reading") {
    completeLesson(userId, page.course.id, page.lesson.id);
    return redirect(`${here}?ok=completedNow#activity`, 303);
  }
  if (input.intent === "uncomplete" && kind === "reading") {
    const undone = uncompleteLesson(userId, page.lesson.id);
    if (!undone.ok) return replyWith(submission, { status: 409, formErrors: [message(`team:lessonUndo.${undone.reason}`)] });
    return redirect(`${here}?ok=uncompletedNow#activity`, 303);
  }
  if (input.intent === "team" && kind === "team-activity") {
    completeTeamActivity(cohortId, page.course.id, page.lesson.id, userId);
    return redirect(`${here}?ok=teamActivityMarked#activity`, 303);
  }
  if (input.intent === "quiz" && kind === "quiz") return quiz(input, learner);
  if (input.intent === "exercise" && kind === "exercise") {
    submitExercise(cohortId, userId, page.lesson.id, input.answer);
    return redirect(`${here}?ok=exerciseSent#activity`, 303);
  }
  return replyWith(submission, { formErrors: [message("common:form.invalid")] });
}
