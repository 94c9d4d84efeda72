import { describe, expect, it } from "vitest";
import type { QuizQuestion } from "~/curriculum/types";
import { gradeQuiz, normaliseShortAnswer } from "~/domain/quiz-grading";

const questions: QuizQuestion[] = [
  { id: "q1", type: "single", prompt: "?", options: [{ id: "a", text: "A", correct: true }, { id: "b", text: "B", correct: false }] },
  {
    id: "q2",
    type: "multiple",
    prompt: "?",
    options: [
      { id: "a", text: "A", correct: true },
      { id: "b", text: "B", correct: true },
      { id: "c", text: "C", correct: false },
    ],
  },
  { id: "q3", type: "short", prompt: "?", accept: ["log"] },
];

describe("gradeQuiz", () => {
  it("gives full marks for all correct answers", () => {
    expect(gradeQuiz(questions, { q1: ["a"], q2: ["b", "a"], q3: ["  LOG "] }, 70)).toMatchObject({ score: 100, passed: true });
  });

  it("needs exactly the correct set for multiple choice", () => {
    expect(gradeQuiz(questions, { q1: ["a"], q2: ["a"], q3: ["log"] }, 70)).toMatchObject({ score: 67, passed: false });
    expect(gradeQuiz(questions, { q1: ["a"], q2: ["a", "b", "c"], q3: ["log"] }, 60).questions[1]!.correct).toBe(false);
  });

  it("accepts other languages' short answers, full-width and case-insensitive", () => {
    const r = gradeQuiz(questions, { q1: ["a"], q2: ["a", "b"], q3: ["ＬＯＧ"] }, 70);
    expect(r.score).toBe(100);
    const ja = gradeQuiz(questions, { q1: ["a"], q2: ["a", "b"], q3: ["ログ"] }, 70, { q3: ["ログ"] });
    expect(ja.passed).toBe(true);
  });

  it("counts missing and empty answers as wrong", () => {
    expect(gradeQuiz(questions, {}, 70)).toMatchObject({ score: 0, passed: false });
    expect(gradeQuiz(questions, { q3: [""] }, 0).questions[2]!.correct).toBe(false);
  });

  it("normalises typed answers", () => {
    expect(normaliseShortAnswer("  Power　Automate  ")).toBe("power automate");
  });
});
