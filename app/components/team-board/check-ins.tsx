import { getFormProps, useForm } from "@conform-to/react";
import { Form, useActionData } from "@remix-run/react";
import type { z } from "zod";
import { useTranslation } from "react-i18next";
import { FormErrors, TextareaField, useClearAfterSuccess } from "~/components/forms";
import { replyFor, type FormReply } from "~/forms/reply";
import type { checkInSchema } from "~/routes/team-board.server";
import { useBoardData } from "./board-data";

function CheckInForm({ day }: { day: (date: string) => string }) {
  const { t } = useTranslation("team");
  const { currentWeek } = useBoardData();
  const [form, fields] = useForm<z.input<typeof checkInSchema>>({ id: "checkin-form", lastResult: replyFor(useActionData<FormReply>(), "checkin") });
  useClearAfterSuccess(form.id);
  return (
    <Form method="post" className="stack" {...getFormProps(form)}>
      <FormErrors form={form} />
      <input type="hidden" name="intent" value="checkin" />
      <p className="meta">{t("board.checkInWeek", { date: day(currentWeek) })}</p>
      <TextareaField meta={fields.did} label={t("board.checkInDid")} rows={3} maxLength={2000} required />
      <TextareaField meta={fields.blockers} label={t("board.checkInBlockers")} rows={2} maxLength={2000} />
      <button type="submit" className="button">
        {t("board.checkInSubmit")}
      </button>
    </Form>
  );
}

/** The weekly check-ins: what each member did and what holds them up. */
export function CheckIns({ day }: { day: (date: string) => string }) {
  const { t } = useTranslation("team");
  const { role, checkIns } = useBoardData();
  return (
    <section aria-labelledby="check-ins" id="check-ins">
      <h2>{t("board.checkIns")}</h2>
      {role === "member" ? <CheckInForm day={day} /> : null}
      {checkIns.length ? (
        <ul className="entries">
          {checkIns.map((c) => (
            <li key={c.id}>
              <p className="meta">
                <strong>{c.name}</strong> · {t("board.checkInWeek", { date: day(c.week) })}
              </p>
              <p>{c.did}</p>
              {c.blockers ? <p className="blockers">{c.blockers}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="meta">{t("board.noCheckIns")}</p>
      )}
    </section>
  );
}
