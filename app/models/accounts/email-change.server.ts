import { eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { users } from "#db/schema";
import { serverT } from "~/i18n/resources.server";
import { enqueueMail } from "../mail/outbox.server";
import { appLink, renderMail } from "../mail/render.server";
import { findUserIdByEmail, getUserById, normaliseEmail } from "../users.server";
import { consumeEmailToken, createEmailToken } from "./email-tokens.server";

/**
 * Starts a change of address: a link to the new address (the change happens
 * only when it is followed) and a notice to the old one, so a stolen session
 * cannot quietly move the account. An address another account has gets no mail.
 */
export function requestEmailChange(userId: number, newEmail: string): void {
  const user = getUserById(userId);
  const email = normaliseEmail(newEmail);
  if (!user || email === user.email) return;
  const owner = findUserIdByEmail(email);
  if (owner !== null) return;
  const t = serverT(user.locale);
  getConnection().sqlite.transaction(() => {
    const token = createEmailToken(user.id, "change_email", email);
    const confirm = renderMail({
      locale: user.locale,
      subject: t("mail:changeEmail.subject"),
      paragraphs: [t("mail:layout.greeting", { name: user.name }), t("mail:changeEmail.body", { email })],
      action: { label: t("mail:changeEmail.action"), url: appLink(`/verify-email?token=${token}`) },
      footer: [t("mail:verify.notYou")],
    });
    enqueueMail({ to: email, userId: user.id, kind: "change_email", locale: user.locale, ...confirm });
    const notice = renderMail({
      locale: user.locale,
      subject: t("mail:changeEmailNotice.subject"),
      paragraphs: [t("mail:layout.greeting", { name: user.name }), t("mail:changeEmailNotice.body", { email }), t("mail:changeEmailNotice.notYou")],
      action: { label: t("mail:reset.action"), url: appLink("/forgot-password") },
    });
    enqueueMail({ to: user.email, userId: user.id, kind: "change_email_notice", locale: user.locale, ...notice });
  })();
}

export type EmailChangeResult = { ok: true; userId: number; email: string } | { ok: false; reason: "invalid" | "expired" | "used" | "taken" };

/** Follows the link sent to the new address: the account moves to it, verified. */
export function confirmEmailChange(token: string, now = new Date()): EmailChangeResult {
  const { sqlite, db } = getConnection();
  try {
    return sqlite.transaction((): EmailChangeResult => {
      const used = consumeEmailToken(token, "change_email", now);
      if (!used.ok) return used;
      db.update(users).set({ email: used.email, emailVerifiedAt: now }).where(eq(users.id, used.userId)).run();
      return { ok: true, userId: used.userId, email: used.email };
    }).immediate();
  } catch (error) {
    // Someone signed up with the new address in the meantime.
    if (error instanceof Error && "code" in error && error.code === "SQLITE_CONSTRAINT_UNIQUE") return { ok: false, reason: "taken" };
    throw error;
  }
}
