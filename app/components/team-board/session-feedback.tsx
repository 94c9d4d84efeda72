import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { Form, useActionData } from "@remix-run/react";
import type { z } from "zod";
import { useTranslation } from "react-i18next";
import { Fold } from "~/components/fold";
import { FieldError, FormErrors } from "~/components/forms";
import { replyFor, type FormReply } from "~/forms/reply";
import type { feedbackSchema } from "~/routes/team-board.server";
import { useBoardData } from "./board-data";

type Session = ReturnType<typeof useBoardData>["mySessions"][number];

function FeedbackForm({ session, day }: { session: Session; day: (date: string) => string }) {
  const { t } = useTranslation("mentoring");
  const [form, fields] = useForm<z.input<typeof feedbackSchema>>({
    id: `feedback-form-${session.id}`,
    lastResult: replyFor(useActionData<FormReply>(), "feedback", ["sessionId", session.id]),
    defaultValue: { rating: session.rating ? String(session.rating) : "", thanks: session.thanks ?? "" },
  });
  const { key: ratingKey, ...rating } = getSelectProps(fields.rating);
  const { key: thanksKey, ...thanks } = getInputProps(fields.thanks, { type: "text" });
  return (
    <li>
      <p>{t("mentee.session", { date: day(session.heldOn), name: session.mentorName, minutes: session.minutes })}</p>
      <Form method="post" className="inline-form" {...getFormProps(form)}>
        <FormErrors form={form} />
        <input type="hidden" name="intent" value="feedback" />
        <input type="hidden" name="sessionId" value={session.id} />
        <label htmlFor={fields.rating.id}>{t("mentee.rating")}</label>
        <select key={ratingKey} {...rating}>
          <option value="">—</option>
          {[5, 4, 3, 2, 1].map((r) => (
            <option key={r} value={r}>
              {"★".repeat(r)}
            </option>
          ))}
        </select>
        <label htmlFor={fields.thanks.id} className="visually-hidden">
          {t("mentee.thanks")}
        </label>
        <FieldError meta={fields.thanks} />
        <input key={thanksKey} {...thanks} maxLength={1000} placeholder={t("mentee.thanks")} />
        <button type="submit" className="small-button">
          {t("mentee.send")}
        </button>
      </Form>
    </li>
  );
}

/** A mentee's sessions with their mentor, each with a private rating and thanks. */
export function SessionFeedback({ day }: { day: (date: string) => string }) {
  const { t } = useTranslation("mentoring");
  const { mySessions } = useBoardData();
  if (!mySessions.length) return null;
  return (
    <Fold id="sessions" title={t("mentee.sessions")} note={String(mySessions.length)}>
      <p className="meta">{t("mentee.feedbackPrivate")}</p>
      <ul className="entries">
        {mySessions.map((session) => (
          <FeedbackForm key={session.id} session={session} day={day} />
        ))}
      </ul>
    </Fold>
  );
}
