import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ReplyErrors, replyErrors } from "~/components/intent-form";
import { replyFor } from "~/forms/reply";
import { formatPercent } from "~/i18n/format";
import { useLessonData, useLessonReply } from "./lesson-data";
import { QuizIntro } from "./quiz-intro";


/** The quiz: its questions, the result of the last attempt and what each answer meant. */
export function QuizForm() {
  const { t } = useTranslation("team");
  const { page, locale, activity } = useLessonData();
  const { quizResult, reply } = useLessonReply();
  const mine = replyFor(reply, "quiz");
  const invalid = replyErrors(mine).form.length > 0;
  const busy = useNavigation().state !== "idle";
  const { lesson } = page;
  return (
    <div className="quiz">
      <h2>{t("lesson.quizTitle")}</h2>
      <QuizIntro />
      {activity?.bestScore != null ? <p className="meta">{t("lesson.bestScore", { score: formatPercent(locale, activity.bestScore) })}</p> : null}
      {quizResult ? (
        <p className={quizResult.passed ? "notice success" : "notice warning"} role="status">
          {t("lesson.quizAttempt", { count: quizResult.attempt })}:{" "}
          {quizResult.passed
            ? t("lesson.quizPassed", { score: formatPercent(locale, quizResult.score) })
            : t("lesson.quizFailed", { score: formatPercent(locale, quizResult.score), passMark: formatPercent(locale, lesson.passMark ?? 0) })}
        </p>
      ) : null}
      <Form method="post" className="stack" lang={lesson.contentLocale} id="quiz-form" noValidate aria-describedby={invalid ? "quiz-form-error" : undefined}>
        <ReplyErrors id="quiz-form-error" reply={mine} />
        <input type="hidden" name="intent" value="quiz" />
        {lesson.questions.map((q, i) => {
          const result = quizResult?.questions.find((r) => r.id === q.id);
          const given = quizResult?.answers[q.id] ?? [];
          return (
            <fieldset key={q.id} className="field question">
              <legend>
                {i + 1}. {q.prompt}
              </legend>
              {q.type === "short" ? (
                <input type="text" name={`q_${q.id}`} aria-label={t("lesson.yourAnswer")} maxLength={200} defaultValue={given[0] ?? ""} />
              ) : (
                q.options.map((o) => (
                  <label key={o.id} className="choice">
                    <input type={q.type === "single" ? "radio" : "checkbox"} name={`q_${q.id}`} value={o.id} defaultChecked={given.includes(o.id)} /> {o.text}
                  </label>
                ))
              )}
              {result ? (
                <p className={result.correct ? "answer-ok" : "answer-wrong"}>
                  {result.correct ? `✓ ${t("lesson.correctAnswer")}` : `✗ ${t("lesson.wrongAnswer")}`}
                  {quizResult?.explanations[q.id] ? <> — {t("lesson.explanation", { text: quizResult.explanations[q.id] })}</> : null}
                </p>
              ) : null}
            </fieldset>
          );
        })}
        <button type="submit" className="button" disabled={busy}>
          {t("lesson.quizSubmit")}
        </button>
      </Form>
    </div>
  );
}
