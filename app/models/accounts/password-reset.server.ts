import { eq } from "drizzle-orm";
import { getConnection } from "#db/client";
import { sessions, users } from "#db/schema";
import { serverT } from "~/i18n/resources.server";
import { enqueueMail } from "../mail/outbox.server";
import { appLink, renderMail } from "../mail/render.server";
import { queuePasswordChangedNotice } from "./password-changed-notice.server";
import { findUserIdByEmail, getUserById, hashPassword } from "../users.server";
import { checkEmailToken, consumeEmailToken, createEmailToken, type TokenCheck } from "./email-tokens.server";
import { checkPassword } from "./password-rules.server";

/** Sends a reset link to the account's address (an admin's "send reset link" too). */
export function sendPasswordResetLink(userId: number): void {
  const user = getUserById(userId);
  if (!user) return;
  getConnection().sqlite.transaction(() => {
    const token = createEmailToken(user.id, "reset_password", user.email);
    const t = serverT(user.locale);
    const mail = renderMail({
      locale: user.locale,
      subject: t("mail:reset.subject"),
      paragraphs: [t("mail:layout.greeting", { name: user.name }), t("mail:reset.body")],
      action: { label: t("mail:reset.action"), url: appLink(`/reset-password?token=${token}`) },
      footer: [t("mail:reset.notYou")],
    });
    enqueueMail({ to: user.email, userId: user.id, kind: "reset_password", locale: user.locale, ...mail });
  })();
}

/** "Forgot password": a link if the address has an account, and nothing else either way. */
export function requestPasswordReset(email: string): void {
  const userId = findUserIdByEmail(email);
  if (userId !== null) sendPasswordResetLink(userId);
}

/** Whether the reset page should offer the form for this token. */
export function checkResetToken(token: string): TokenCheck {
  return checkEmailToken(token, "reset_password");
}

export type ResetResult = { ok: true; userId: number } | { ok: false; reason: "invalid" | "expired" | "used" } | { ok: false; reason: "password"; passwordReason: string };

/**
 * Sets the new password once per link and signs the account out everywhere:
 * whoever knew the old password must not stay signed in. The link also proves
 * the address, so an unverified account becomes verified.
 */
export async function resetPassword(token: string, newPassword: string, now = new Date()): Promise<ResetResult> {
  const check = checkEmailToken(token, "reset_password", now);
  if (!check.ok) return check;
  const user = getUserById(check.userId);
  if (!user) return { ok: false, reason: "invalid" };
  const rules = checkPassword(newPassword, [user.name, user.email]);
  if (!rules.ok) return { ok: false, reason: "password", passwordReason: rules.reason };
  const passwordHash = await hashPassword(newPassword);
  const { sqlite, db } = getConnection();
  return sqlite.transaction((): ResetResult => {
    const used = consumeEmailToken(token, "reset_password", now);
    if (!used.ok) return used;
    db.update(users)
      .set({ passwordHash, emailVerifiedAt: user.emailVerified ? undefined : now })
      .where(eq(users.id, used.userId))
      .run();
    db.delete(sessions).where(eq(sessions.userId, used.userId)).run();
    queuePasswordChangedNotice(user);
    return { ok: true, userId: used.userId };
  }).immediate();
}
