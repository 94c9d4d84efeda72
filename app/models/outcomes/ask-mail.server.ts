import { getConnection } from "#db/client";
import { getCourse } from "~/curriculum/index.server";
import { serverT } from "~/i18n/resources.server";
import { enqueueMail } from "../mail/outbox.server";
import { appLink, renderMail } from "../mail/render.server";
import { getUserById } from "../users.server";
import { createOutcomeAsks } from "./asks.server";

/**
 * The sender loop's schedule for outcome asks: makes any missing asks, then
 * e-mails each follow-up (3, 6, 12 months) once when it falls due, in the
 * graduate's language, and marks it mailed in the same transaction. A
 * follow-up that lapsed (the next one is due) is not mailed; the baseline is
 * asked in the app only, so a new graduate gets no second e-mail beside her
 * certificate's.
 */
export function queueOutcomeAskMails(now: Date): number {
  createOutcomeAsks();
  const { sqlite } = getConnection();
  const due = sqlite
    .prepare(
      `select o.id, o.user_id as userId, o.course_id as courseId, o.months from outcome_reports o
       join users u on u.id = o.user_id and u.deleted_at is null and u.disabled_at is null
       where o.source = 'survey' and o.months > 0 and o.answered_at is null and o.mailed_at is null and o.due_at <= @now
         and not exists (select 1 from outcome_reports l where l.user_id = o.user_id and l.course_id = o.course_id and l.source = 'survey' and l.months > o.months and l.due_at <= @now)`,
    )
    .all({ now: now.getTime() }) as { id: number; userId: number; courseId: string; months: number }[];
  const markMailed = sqlite.prepare("update outcome_reports set mailed_at = ? where id = ? and mailed_at is null");
  let queued = 0;
  for (const ask of due) {
    const user = getUserById(ask.userId);
    if (!user) continue;
    const t = serverT(user.locale);
    const mail = renderMail({
      locale: user.locale,
      subject: t("outcomes:mail.subject"),
      paragraphs: [t("mail:layout.greeting", { name: user.name }), t("outcomes:mail.body", { course: getCourse(ask.courseId)?.title[user.locale] ?? ask.courseId })],
      action: { label: t("outcomes:mail.action"), url: appLink(`/outcomes/${ask.id}`) },
    });
    sqlite.transaction(() => {
      if (markMailed.run(now.getTime(), ask.id).changes && enqueueMail({ to: user.email, userId: user.id, kind: "outcome_ask", locale: user.locale, ...mail, dedupeKey: `outcome:${ask.id}` }, now)) queued++;
    })();
  }
  return queued;
}
