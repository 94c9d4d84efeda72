import { eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { users } from "#db/schema";
import type { Locale } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";
import { enqueueMail } from "../mail/outbox.server";
import { appLink, renderMail } from "../mail/render.server";
import { getUserById } from "../users.server";
import { consumeEmailToken, createEmailToken } from "./email-tokens.server";

/** Queues the verification link. Runs inside the caller's transaction when there is one. */
export function queueVerificationEmail(user: { id: number; name: string; email: string; locale: Locale }, next?: string): void {
  const token = createEmailToken(user.id, "verify_email", user.email);
  const t = serverT(user.locale);
  const mail = renderMail({
    locale: user.locale,
    subject: t("mail:verify.subject"),
    paragraphs: [t("mail:layout.greeting", { name: user.name }), t("mail:verify.body")],
    action: { label: t("mail:verify.action"), url: appLink(`/verify-email?token=${token}${next && next !== "/courses" ? `&next=${encodeURIComponent(next)}` : ""}`) },
    footer: [t("mail:verify.notYou")],
  });
  enqueueMail({ to: user.email, userId: user.id, kind: "verify_email", locale: user.locale, ...mail });
}

/** A new verification link (sign-up, the banner's "send again", an admin). Nothing for a verified or missing account. */
export function sendVerificationEmail(userId: number): void {
  const user = getUserById(userId);
  if (!user || user.emailVerified) return;
  getConnection().sqlite.transaction(() => queueVerificationEmail(user))();
}

export type VerifyResult = { ok: true; userId: number } | { ok: false; reason: "invalid" | "expired" | "used" };

/** Confirms the address the link was sent to; a link for an address the account no longer has is invalid. */
export function verifyEmail(token: string, now = new Date()): VerifyResult {
  const { sqlite, db } = getConnection();
  const run = sqlite.transaction((): VerifyResult => {
    const used = consumeEmailToken(token, "verify_email", now);
    if (!used.ok) return used;
    const changed = db.update(users).set({ emailVerifiedAt: now }).where(eq(users.id, used.userId)).run().changes;
    const user = getUserById(used.userId);
    if (!changed || !user || user.email !== used.email) throw new StaleLink();
    return { ok: true, userId: used.userId };
  });
  try {
    return run.immediate();
  } catch (error) {
    if (error instanceof StaleLink) return { ok: false, reason: "invalid" };
    throw error;
  }
}

class StaleLink extends Error {}

/**
 * Someone tried to sign up with an address that has an account: the owner is
 * told (how to sign in or reset), the visitor sees the same page as for a new address.
 */
export function sendSignupAttemptNotice(userId: number): void {
  const user = getUserById(userId);
  if (!user) return;
  const t = serverT(user.locale);
  const mail = renderMail({
    locale: user.locale,
    subject: t("mail:signupAttempt.subject"),
    paragraphs: [t("mail:layout.greeting", { name: user.name }), t("mail:signupAttempt.body"), t("mail:signupAttempt.login", { url: appLink("/login") })],
    action: { label: t("mail:signupAttempt.action"), url: appLink("/forgot-password") },
    footer: [t("mail:signupAttempt.notYou")],
  });
  enqueueMail({ to: user.email, userId: user.id, kind: "signup_attempt", locale: user.locale, ...mail });
}
