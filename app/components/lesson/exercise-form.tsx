import { getFormProps, useForm } from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Field, FormErrors, TextareaField } from "~/components/forms";
import { replyFor } from "~/forms/reply";
import { useLessonData, useLessonReply } from "./lesson-data";

/** The exercise: its state, the last review, and the answer to send (again). */
export function ExerciseForm({ sentNow }: { sentNow: boolean }) {
  const { t } = useTranslation("team");
  const { page, activity } = useLessonData();
  const [form, fields] = useForm<{ intent: string; answer: string }>({
    id: "exercise-form",
    lastResult: replyFor(useLessonReply().reply, "exercise"),
    defaultValue: { answer: activity?.submission?.answer ?? "" },
  });
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
        <Form method="post" className="stack" {...getFormProps(form)}>
          <FormErrors form={form} />
          <input type="hidden" name="intent" value="exercise" />
          {lesson.submit === "link" ? (
            <Field meta={fields.answer} label={t("lesson.exerciseLink")} type="url" inputMode="url" maxLength={2000} required />
          ) : (
            <TextareaField meta={fields.answer} label={t("lesson.exerciseText")} rows={8} maxLength={20000} required />
          )}
          <button type="submit" className="button" disabled={busy}>
            {submission ? t("lesson.exerciseResubmit") : t("lesson.exerciseSubmit")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
