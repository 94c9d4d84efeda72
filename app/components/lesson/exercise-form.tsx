import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ReplyErrors, replyErrors } from "~/components/intent-form";
import { useMessageText } from "~/i18n/use-message-text";
import { replyFor } from "~/forms/reply";
import { useLessonData, useLessonReply } from "./lesson-data";

/** The exercise: its state, the last review, and the answer to send (again). */
export function ExerciseForm({ sentNow }: { sentNow: boolean }) {
  const { t } = useTranslation("team");
  const { page, activity } = useLessonData();
  // The server validates the answer; its reply is drawn here as Conform draws
  // one (same ids and classes), without Conform's code on every lesson page.
  const reply = replyFor(useLessonReply().reply, "exercise");
  const errors = replyErrors(reply);
  const answerError = useMessageText()(errors.fields.answer);
  const sentValue = (reply?.initialValue as Record<string, unknown> | null | undefined)?.answer;
  const initial = typeof sentValue === "string" ? sentValue : (activity?.submission?.answer ?? "");
  const control = {
    id: "exercise-form-answer",
    name: "answer",
    required: true,
    defaultValue: initial,
    "aria-invalid": answerError ? true : undefined,
    "aria-describedby": answerError ? "exercise-form-answer-error" : undefined,
  };
  const busy = useNavigation().state !== "idle";
  const { lesson } = page;
  const submission = activity?.submission;
  return (
    <div className="exercise">
      <h2>{t("lesson.exerciseTitle")}</h2>
      {sentNow || submission ? (
        <p className="notice" role="status">
          {t(`lesson.exerciseState.${submission?.state ?? "submitted"}`)}
        </p>
      ) : null}
      {submission?.history
        .filter((e) => e.kind === "changes_requested" || e.kind === "accepted")
        .slice(-1)
        .map((e) => (
          <blockquote key={e.id} className="review-comment">
            <p className="meta">{t(`submission.event.${e.kind}`, { name: e.actorName ?? "" })}</p>
            {e.text ? <p>{e.text}</p> : null}
          </blockquote>
        ))}
      {submission?.state !== "accepted" ? (
        <Form method="post" className="stack" id="exercise-form" noValidate aria-describedby={errors.form.length ? "exercise-form-error" : undefined}>
          <ReplyErrors id="exercise-form-error" reply={reply} />
          <input type="hidden" name="intent" value="exercise" />
          <div className={answerError ? "field has-error" : "field"}>
            <label htmlFor={control.id}>{lesson.submit === "link" ? t("lesson.exerciseLink") : t("lesson.exerciseText")}</label>
            {answerError ? (
              <p className="error" id="exercise-form-answer-error">
                {answerError}
              </p>
            ) : null}
            {lesson.submit === "link" ? (
              <input key={initial} type="url" inputMode="url" maxLength={2000} {...control} />
            ) : (
              <textarea key={initial} rows={8} maxLength={20000} {...control} />
            )}
          </div>
          <button type="submit" className="button" disabled={busy}>
            {submission ? t("lesson.exerciseResubmit") : t("lesson.exerciseSubmit")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
