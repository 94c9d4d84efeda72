import { serverT } from "~/i18n/resources.server";
import { enqueueMail } from "../mail/outbox.server";
import { appLink, renderMail } from "../mail/render.server";

/**
 * Tells the account's address that its password changed, so a change the
 * owner did not make (a stolen session, a read inbox) does not go unnoticed.
 * Called inside the transaction that stores the new password.
 */
export function queuePasswordChangedNotice(user: { id: number; name: string; email: string; locale: "en" | "uk" | "ja" }): void {
  const t = serverT(user.locale);
  const notice = renderMail({
    locale: user.locale,
    subject: t("mail:passwordChanged.subject"),
    paragraphs: [t("mail:layout.greeting", { name: user.name }), t("mail:passwordChanged.body"), t("mail:passwordChanged.notYou")],
    action: { label: t("mail:reset.action"), url: appLink("/forgot-password") },
  });
  enqueueMail({ to: user.email, userId: user.id, kind: "password_changed", locale: user.locale, ...notice });
}
