import { data, type AppLoadContext } from "@remix-run/node";
import { HONEYPOT_FIELD, type FieldError } from "~/forms/auth-fields";
import { consumeAuthAttempt } from "./rate-limit.server";
import { formValues, readForm } from "./form.server";

export interface AuthActionData {
  formError?: FieldError & { ns: "auth" | "common" };
  fieldErrors?: Record<string, FieldError>;
  values: Record<string, string>;
}

export function authFailure(status: number, body: AuthActionData, headers?: HeadersInit) {
  return data(body, { status, headers });
}

const FORM_ERROR_KEYS = { tooLarge: "errors.formTooLarge", unsupportedType: "errors.formUnsupported", malformed: "errors.formMalformed" } as const;

/**
 * The shared front half of login and sign-up: read the form safely and turn
 * away bots. Returns either the raw values or the response to send.
 */
export async function readAuthForm(
  request: Request,
): Promise<{ ok: true; values: Record<string, string> } | { ok: false; response: ReturnType<typeof authFailure> }> {
  const read = await readForm(request);
  if (!read.ok) {
    return {
      ok: false,
      response: authFailure(read.status, { formError: { ns: "common", key: FORM_ERROR_KEYS[read.error] }, values: {} }),
    };
  }
  const values = formValues(read.form);
  if (values[HONEYPOT_FIELD]) {
    return { ok: false, response: authFailure(400, { formError: { ns: "auth", key: "errors.spam" }, values: {} }) };
  }
  return { ok: true, values };
}

/** Counts an attempt per client IP and per e-mail; a 429 response when over budget. */
export async function limitAuthAttempt(
  kind: "login" | "signup",
  context: AppLoadContext,
  email: string,
  values: Record<string, string>,
) {
  const verdict = await consumeAuthAttempt([`${kind}:ip:${context.clientIp}`, `${kind}:email:${email.toLowerCase()}`]);
  if (verdict.allowed) return null;
  return authFailure(
    429,
    { formError: { ns: "auth", key: "errors.rateLimited", params: { count: verdict.retryAfterSeconds } }, values },
    { "Retry-After": String(verdict.retryAfterSeconds) },
  );
}
