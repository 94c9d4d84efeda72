import type { AppLoadContext } from "@remix-run/node";
import { HONEYPOT_FIELD } from "~/forms/auth-fields";
import { message } from "~/forms/message";
import { replyWith, type Sent } from "~/forms/submission.server";
import { consumeAuthAttempt } from "./rate-limit.server";

/** Fields an account form never sends back. */
export const SECRET_FIELDS = ["password"];

/** A filled honeypot: the reply that turns the bot away, or null for people. */
export function turnAwayBots(submission: Sent) {
  if (!submission.payload[HONEYPOT_FIELD]) return null;
  return replyWith(submission, { formErrors: [message("auth:errors.spam")], hideFields: [...SECRET_FIELDS, HONEYPOT_FIELD] });
}

/** Counts an attempt per client IP and per e-mail; a 429 reply when over budget. */
export async function limitAuthAttempt(kind: "login" | "signup", context: AppLoadContext, email: string, submission: Sent) {
  const verdict = await consumeAuthAttempt([`${kind}:ip:${context.clientIp}`, `${kind}:email:${email.toLowerCase()}`]);
  if (verdict.allowed) return null;
  return replyWith(submission, {
    status: 429,
    formErrors: [message("auth:errors.rateLimited", { count: verdict.retryAfterSeconds })],
    hideFields: SECRET_FIELDS,
    headers: { "Retry-After": String(verdict.retryAfterSeconds) },
  });
}
