import type { QuizQuestion } from "~/curriculum/types";

export type QuizAnswers = Record<string, string[]>;

export interface QuestionResult {
  id: string;
  correct: boolean;
}

export interface QuizResult {
  score: number;
  passed: boolean;
  questions: QuestionResult[];
}

/** Typed answers compare ignoring case, full/half width and extra spaces. */
export function normaliseShortAnswer(value: string): string {
  return value.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
}

/**
 * Grades on the server. `questions` are the English ones (they carry the
 * correct flags every translation shares); `accepted` adds each language's
 * accepted short answers, so an answer typed in Japanese counts too.
 */
export function gradeQuiz(
  questions: QuizQuestion[],
  answers: QuizAnswers,
  passMark: number,
  accepted: Record<string, string[]> = {},
): QuizResult {
  const results = questions.map((q): QuestionResult => {
    const given = answers[q.id] ?? [];
    if (q.type === "short") {
      const typed = normaliseShortAnswer(given[0] ?? "");
      const ok = new Set([...q.accept, ...(accepted[q.id] ?? [])].map(normaliseShortAnswer));
      return { id: q.id, correct: typed !== "" && ok.has(typed) };
    }
    const correct = new Set(q.options.filter((o) => o.correct).map((o) => o.id));
    const chosen = new Set(given);
    const same = chosen.size === correct.size && [...chosen].every((id) => correct.has(id));
    return { id: q.id, correct: same };
  });
  const right = results.filter((r) => r.correct).length;
  const score = questions.length ? Math.round((100 * right) / questions.length) : 0;
  return { score, passed: score >= passMark, questions: results };
}
