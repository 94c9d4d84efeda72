import { z } from "zod";
import { LOCALES } from "~/i18n/config";
import { LIMITS, type FieldError } from "./auth-fields";


/** Error messages are translation keys in the `auth` namespace; params fill them in. */
export const ERROR_PARAMS: Record<string, Record<string, number>> = {
  nameTooLong: { max: LIMITS.nameMax },
  passwordTooShort: { min: LIMITS.passwordMin },
  passwordTooLong: { max: LIMITS.passwordMax },
};

const email = z
  .string({ error: "emailRequired" })
  .trim()
  .min(1, "emailRequired")
  .max(LIMITS.emailMax, "emailTooLong")
  .pipe(z.email({ error: "emailInvalid" }));

export const signupSchema = z.object({
  name: z.string({ error: "nameRequired" }).trim().min(1, "nameRequired").max(LIMITS.nameMax, "nameTooLong"),
  email,
  password: z
    .string({ error: "passwordRequired" })
    .min(1, "passwordRequired")
    .min(LIMITS.passwordMin, "passwordTooShort")
    .max(LIMITS.passwordMax, "passwordTooLong"),
  locale: z.enum(LOCALES, { error: "languageInvalid" }),
});

export const loginSchema = z.object({
  email,
  // No minimum here: the error for a wrong password must not hint at the rules.
  password: z.string({ error: "passwordRequired" }).min(1, "passwordRequired").max(LIMITS.passwordMax, "passwordTooLong"),
});


export function fieldErrors(error: z.ZodError): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (out[field]) continue;
    out[field] = { key: issue.message, params: ERROR_PARAMS[issue.message] };
  }
  return out;
}

/** What the form shows again after an error: never the password, never a megabyte. */
export function keptValues(values: Record<string, string>, fields: Record<string, number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, max] of Object.entries(fields)) {
    const value = values[field];
    if (typeof value === "string") out[field] = value.slice(0, max);
  }
  return out;
}
