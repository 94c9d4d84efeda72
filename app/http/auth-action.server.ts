import type { AppLoadContext } from "@remix-run/node";
import { HONEYPOT_FIELD } from "~/forms/auth-fields";
import { message } from "~/forms/message";
import { replyWith, type Sent } from "~/forms/submission.server";
import { checkLoginAllowed, consumeAuthAttempt, consumePasswordResetRequest, recordLoginFailure, recordLoginSuccess, type RateLimitVerdict } from "./rate-limit.server";

/** Fields an account form never sends back. */
export const SECRET_FIELDS = ["password"];

/** A filled honeypot: the reply that turns the bot away, or null for people. */
export function turnAwayBots(submission: Sent) {
  if (!submission.payload[HONEYPOT_FIELD]) return null;
  return replyWith(submission, { formErrors: [message("auth:errors.spam")], hideFields: [...SECRET_FIELDS, HONEYPOT_FIELD] });
}

/**
 * Sign-up: counts an attempt per client IP and per e-mail. Sign-in: counts an
 * attempt per client IP, then refuses an address that has failed too often for
 * this account, too often today, or an account failed too often from anywhere.
 * Reset requests: per IP and e-mail as sign-up, and a few per address per hour.
 * A 429 reply when over budget.
 */
export async function limitAuthAttempt(kind: "login" | "signup" | "reset", context: AppLoadContext, email: string, submission: Sent) {
  const keys = kind === "login" ? [`login:ip:${context.clientIp}`] : [`${kind}:ip:${context.clientIp}`, `${kind}:email:${email.toLowerCase()}`];
  let verdict = await consumeAuthAttempt(keys);
  if (verdict.allowed && kind === "login") verdict = await checkLoginAllowed(context.clientIp, email);
  if (verdict.allowed && kind === "reset") verdict = await consumePasswordResetRequest(email);
  if (verdict.allowed) return null;
  return tooManyAttempts(submission, verdict);
}

function tooManyAttempts(submission: Sent, verdict: RateLimitVerdict) {
  return replyWith(submission, {
    status: 429,
    formErrors: [message("auth:errors.rateLimited", { count: verdict.retryAfterSeconds })],
    hideFields: SECRET_FIELDS,
    headers: { "Retry-After": String(verdict.retryAfterSeconds) },
  });
}

/** Records how a sign-in ended, for the failure counters above. */
export async function recordLoginOutcome(context: AppLoadContext, email: string, succeeded: boolean) {
  if (succeeded) await recordLoginSuccess(context.clientIp, email);
  else await recordLoginFailure(context.clientIp, email);
}
