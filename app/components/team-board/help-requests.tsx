import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { Form, useActionData } from "@remix-run/react";
import type { z } from "zod";
import { useTranslation } from "react-i18next";
import { FieldError, FormErrors, IntentForm, TextareaField, useClearAfterSuccess } from "~/components/forms";
import { replyFor, type FormReply } from "~/forms/reply";
import { Fold } from "~/components/fold";
import { formatDate } from "~/i18n/format";
import type { helpSchema, replySchema } from "~/routes/team-board.server";
import { useBoardData } from "./board-data";
import { PersonName } from "~/components/person-name";

function AskForHelpForm() {
  const { t } = useTranslation("team");
  const [form, fields] = useForm<z.input<typeof helpSchema>>({ id: "help-form", lastResult: replyFor(useActionData<FormReply>(), "help") });
  useClearAfterSuccess(form.id);
  return (
    <Form method="post" className="stack" {...getFormProps(form)}>
      <FormErrors form={form} />
      <input type="hidden" name="intent" value="help" />
      <TextareaField meta={fields.body} label={t("board.helpBody")} rows={3} maxLength={4000} required />
      <button type="submit" className="button">
        {t("board.helpSubmit")}
      </button>
    </Form>
  );
}

function ReplyForm({ requestId }: { requestId: number }) {
  const { t } = useTranslation("team");
  const lastResult = replyFor(useActionData<FormReply>(), "reply", ["requestId", requestId]);
  const [form, fields] = useForm<z.input<typeof replySchema>>({ id: `reply-form-${requestId}`, lastResult });
  useClearAfterSuccess(form.id);
  const { key, ...body } = getTextareaProps(fields.body);
  return (
    <Form method="post" className="inline-form" {...getFormProps(form)}>
      <FormErrors form={form} />
      <input type="hidden" name="intent" value="reply" />
      <input type="hidden" name="requestId" value={requestId} />
      <label htmlFor={fields.body.id} className="visually-hidden">
        {t("board.helpReply")}
      </label>
      <FieldError meta={fields.body} />
      <textarea key={key} {...body} rows={2} maxLength={4000} required placeholder={t("board.helpReply")} />
      <button type="submit" className="small-button">
        {t("board.helpReplySubmit")}
      </button>
    </Form>
  );
}

type Help = ReturnType<typeof useBoardData>["help"][number];

function HelpItem({ h }: { h: Help }) {
  const { t } = useTranslation("team");
  const { role, locale, viewerId } = useBoardData();
  return (
    <li id={`help-${h.id}`} className={h.state === "resolved" ? "resolved" : undefined}>
      <p className="meta">
        <strong><PersonName name={h.name} /></strong> · {formatDate(locale, h.createdAt)}
        {h.state === "resolved" ? <> · {t("board.helpResolved")}</> : null}
      </p>
      <p>{h.body}</p>
      {h.replies.length ? (
        <ul className="replies">
          {h.replies.map((r) => (
            <li key={r.id}>
              <p className="meta">
                <strong><PersonName name={r.name} /></strong> · {formatDate(locale, r.createdAt)}
              </p>
              <p>{r.body}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {h.state === "open" ? (
        <>
          <ReplyForm requestId={h.id} />
          {h.userId === viewerId || role !== "member" ? (
            <IntentForm id={`resolve-form-${h.id}`} intent="resolve" row={["requestId", h.id]}>
              <button type="submit" className="link-button">
                {t("board.helpResolve")}
              </button>
            </IntentForm>
          ) : null}
        </>
      ) : null}
    </li>
  );
}

/** Questions to the team, open ones first; solved ones fold away. */
export function HelpRequests() {
  const { t } = useTranslation("team");
  const { role, help } = useBoardData();
  const open = help.filter((h) => h.state === "open");
  const solved = help.filter((h) => h.state !== "open");
  return (
    <section aria-labelledby="help-title" id="help">
      <h2 id="help-title">
        {t("board.help")} {open.length ? <span className="badge">{t("helpBoard.openCount", { count: open.length })}</span> : null}
      </h2>
      {open.length ? (
        <ul className="entries">
          {open.map((h) => (
            <HelpItem key={h.id} h={h} />
          ))}
        </ul>
      ) : (
        <p className="meta">{t("board.noHelp")}</p>
      )}
      {role === "member" ? <AskForHelpForm /> : null}
      {solved.length ? (
        <Fold title={t("helpBoard.solved")} note={String(solved.length)}>
          <ul className="entries">
            {solved.map((h) => (
              <HelpItem key={h.id} h={h} />
            ))}
          </ul>
        </Fold>
      ) : null}
    </section>
  );
}
