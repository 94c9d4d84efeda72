import { z } from "zod";
import { LOCALES } from "~/i18n/config";
import { LIMITS } from "./auth-fields";

// Messages are keys in the `auth` namespace; the limits travel with them as values.
const email = z
  .string({ error: "auth:errors.emailRequired" })
  .trim()
  .min(1, "auth:errors.emailRequired")
  .max(LIMITS.emailMax, "auth:errors.emailTooLong")
  .pipe(z.email({ error: "auth:errors.emailInvalid" }));

export const signupSchema = z.object({
  name: z.string({ error: "auth:errors.nameRequired" }).trim().min(1, "auth:errors.nameRequired").max(LIMITS.nameMax, "auth:errors.nameTooLong"),
  email,
  password: z
    .string({ error: "auth:errors.passwordRequired" })
    .min(1, "auth:errors.passwordRequired")
    .min(LIMITS.passwordMin, "auth:errors.passwordTooShort")
    .max(LIMITS.passwordMax, "auth:errors.passwordTooLong"),
  locale: z.enum(LOCALES, { error: "auth:errors.languageInvalid" }),
  redirectTo: z.string().optional(),
});

export const loginSchema = z.object({
  email,
  // No minimum here: the error for a wrong password must not hint at the rules.
  password: z
    .string({ error: "auth:errors.passwordRequired" })
    .min(1, "auth:errors.passwordRequired")
    .max(LIMITS.passwordMax, "auth:errors.passwordTooLong"),
  redirectTo: z.string().optional(),
});

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z.object({
  token: z.string().max(100).default(""),
  password: z
    .string({ error: "auth:errors.passwordRequired" })
    .min(1, "auth:errors.passwordRequired")
    .min(LIMITS.passwordMin, "auth:errors.passwordTooShort")
    .max(LIMITS.passwordMax, "auth:errors.passwordTooLong"),
});
