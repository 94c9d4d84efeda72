import { useActionData } from "@remix-run/react";
import { IntentForm } from "~/components/intent-form";
import { replyFor, type FormReply } from "~/forms/reply";

/**
 * An action that affects other people, asked first: the first click only
 * opens a disclosure that says what will happen, and the real button is
 * inside it. A native <details>, so it works without JavaScript; the form
 * sends `confirm=yes`, which the server requires (app/forms/confirm.ts).
 */
export function ConfirmAction({
  id,
  intent,
  row,
  action,
  label,
  consequence,
  confirmLabel,
}: {
  id: string;
  intent: string;
  row?: [field: string, value: string | number];
  action?: string;
  label: string;
  consequence: string;
  confirmLabel: string;
}) {
  // A refused attempt (its message is inside) keeps the question open.
  const refused = !!replyFor(useActionData<FormReply>(), intent, row);
  return (
    <details className="confirm" open={refused || undefined}>
      <summary>{label}</summary>
      <p>{consequence}</p>
      <IntentForm id={id} intent={intent} row={row} action={action}>
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" className="button">
          {confirmLabel}
        </button>
      </IntentForm>
    </details>
  );
}
