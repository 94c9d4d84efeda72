import { Form, useActionData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useMessageText } from "~/i18n/use-message-text";
import { replyFor, type FormReply } from "~/forms/reply";

// Forms with nothing to validate in the browser (buttons and hidden fields, a
// quiz, a lesson's answer) render the server's reply themselves: Conform
// (app/components/forms.tsx) is kept off the pages a learner loads first,
// where it was a tenth of the JavaScript (docs/decisions/016-offline.md).

/** What the server's reply says about a form: its own error, and each field's. */
export function replyErrors(reply: FormReply | undefined): { form: string[]; fields: Record<string, string[]> } {
  const fields: Record<string, string[]> = {};
  let form: string[] = [];
  for (const [name, errors] of Object.entries(reply?.error ?? {})) {
    if (!errors?.length) continue;
    if (name === "") form = errors;
    else fields[name] = errors;
  }
  return { form, fields };
}

/** The form-level error area, as FormErrors draws it: the form's own error, or a summary pointing at the fields. */
export function ReplyErrors({ id, reply, summary = "common:form.checkFields" }: { id: string; reply: FormReply | undefined; summary?: string }) {
  const { t } = useTranslation();
  const message = useMessageText();
  const { form, fields } = replyErrors(reply);
  const shown = message(form) ?? (Object.keys(fields).length ? t(summary) : undefined);
  return shown ? (
    <div className="form-error" role="alert" id={id}>
      {shown}
    </div>
  ) : null;
}

/**
 * A form of hidden fields and buttons for one intent. The page's reply shows
 * here only when this form sent it (its intent, and its row in a list).
 */
export function IntentForm({
  id,
  intent,
  row,
  className,
  action,
  children,
}: {
  id: string;
  intent?: string;
  row?: [field: string, value: string | number];
  className?: string;
  action?: string;
  children: ReactNode;
}) {
  const reply = useActionData<FormReply>();
  const mine = intent ? replyFor(reply, intent, row) : reply;
  // The ids Conform gives a form's error, so that pages keep their anchors.
  const errorId = `${id}-error`;
  const invalid = replyErrors(mine).form.length > 0;
  return (
    <Form method="post" action={action} className={className} id={id} noValidate aria-describedby={invalid ? errorId : undefined}>
      <ReplyErrors id={errorId} reply={mine} />
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      {row ? <input type="hidden" name={row[0]} value={row[1]} /> : null}
      {children}
    </Form>
  );
}

/** A status line announced to screen readers: the note after a saved form. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return children ? (
    <p className="notice success" role="status">
      {children}
    </p>
  ) : null;
}
