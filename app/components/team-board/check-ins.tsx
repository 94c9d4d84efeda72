import { getFormProps, useForm } from "@conform-to/react";
import { Form, useActionData } from "@remix-run/react";
import type { z } from "zod";
import { useTranslation } from "react-i18next";
import { Fold } from "~/components/fold";
import { FormErrors, TextareaField, useClearAfterSuccess } from "~/components/forms";
import { replyFor, type FormReply } from "~/forms/reply";
import type { checkInSchema } from "~/routes/team-board.server";
import { useBoardData } from "./board-data";

/**
 * This week's check-in: empty for the first one, or filled with both saved
 * fields to edit it (the form names the check-in it edits, so that an old
 * empty form can never overwrite it).
 */
export function CheckInForm({ day, saved }: { day: (date: string) => string; saved?: { id: number; did: string; blockers: string } }) {
  const { t } = useTranslation("team");
  const { currentWeek } = useBoardData();
  const [form, fields] = useForm<z.input<typeof checkInSchema>>({
    id: saved ? `checkin-form-${saved.id}` : "checkin-form",
    lastResult: replyFor(useActionData<FormReply>(), "checkin"),
    defaultValue: saved ? { did: saved.did, blockers: saved.blockers } : undefined,
  });
  // A first check-in's form is emptied once saved; an edited one keeps showing what was saved.
  useClearAfterSuccess(saved ? "" : form.id);
  return (
    <Form method="post" className="stack" {...getFormProps(form)}>
      <FormErrors form={form} />
      <input type="hidden" name="intent" value="checkin" />
      {saved ? <input type="hidden" name="editing" value={saved.id} /> : null}
      <p className="meta">{t("board.checkInWeek", { date: day(currentWeek) })}</p>
      <TextareaField meta={fields.did} label={t("board.checkInDid")} rows={3} maxLength={2000} required />
      <TextareaField meta={fields.blockers} label={t("board.checkInBlockers")} rows={2} maxLength={2000} />
      <button type="submit" className="button">
        {t(saved ? "checkIn.saveChanges" : "board.checkInSubmit")}
      </button>
    </Form>
  );
}

/** The team's weekly check-ins: what each member did and what holds them up. */
export function CheckIns({ day }: { day: (date: string) => string }) {
  const { t } = useTranslation("team");
  const { checkIns } = useBoardData();
  return (
    <Fold id="check-ins" title={t("board.checkIns")} note={t("checkIn.historyNote", { count: checkIns.length })}>
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
    </Fold>
  );
}
