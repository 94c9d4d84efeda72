import { HONEYPOT_FIELD } from "~/forms/auth-fields";

/** Hidden from people (and screen readers); form-filling bots fill it in. */
export function HoneypotField({ label }: { label: string }) {
  return (
    <div className="visually-hidden" aria-hidden="true">
      <label>
        {label}
        <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </label>
    </div>
  );
}
