import { getConnection } from "#db/client";
import { getCourse } from "~/curriculum/index.server";
import { DEFAULT_TIME_ZONE } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";
import { getNotificationPreference } from "../notification-preferences.server";
import { getUserById } from "../users.server";
import { localClock } from "./local-time.server";
import { enqueueMail, isQueued } from "./outbox.server";
import { appLink, renderMail } from "./render.server";
import { unsubscribeHeaders } from "./unsubscribe.server";

const DAY_MS = 24 * 60 * 60 * 1000;
export const WAITING_LEARNERS_AT_MINUTES = 9 * 60;

/**
 * Trainers: once a day (09:00 in Japan, where the programme runs), the
 * learners who joined a waiting list in the last day, when there are any.
 */
export function queueWaitingLearnerMails(now: Date): number {
  const clock = localClock(DEFAULT_TIME_ZONE, now);
  if (clock.minutes < WAITING_LEARNERS_AT_MINUTES) return 0;
  const { sqlite } = getConnection();
  const waiting = sqlite
    .prepare("select course_id as courseId, count(*) as n from enrolment_requests where status = 'waiting' and created_at > ? group by course_id")
    .all(now.getTime() - DAY_MS) as { courseId: string; n: number }[];
  if (!waiting.length) return 0;
  const total = waiting.reduce((sum, w) => sum + w.n, 0);
  const trainers = sqlite.prepare("select user_id as id from user_roles where role = 'trainer'").all() as { id: number }[];
  let queued = 0;
  for (const { id } of trainers) {
    const dedupeKey = `waiting:${id}:${clock.date}`;
    if (isQueued(dedupeKey) || getNotificationPreference(id, "waiting_learners") === "off") continue;
    const user = getUserById(id);
    if (!user) continue;
    const t = serverT(user.locale);
    const courses = waiting.map((w) => `${getCourse(w.courseId)?.title[user.locale] ?? w.courseId} (${w.n})`).join(", ");
    const unsubscribe = unsubscribeHeaders(id, "waiting_learners");
    const mail = renderMail({
      locale: user.locale,
      subject: t("mail:waitingLearners.subject", { count: total }),
      paragraphs: [t("mail:layout.greeting", { name: user.name }), t("mail:waitingLearners.body", { courses })],
      action: { label: t("mail:waitingLearners.action"), url: appLink("/trainer/cohorts") },
      footer: [t("mail:layout.unsubscribe", { url: unsubscribe.url })],
    });
    if (enqueueMail({ to: user.email, userId: id, kind: "waiting_learners", locale: user.locale, ...mail, headers: unsubscribe.headers, dedupeKey })) queued++;
  }
  return queued;
}

/**
 * Partner managers: a learner their firm sponsors finished the course (a
 * certificate was issued), unless the learner withdrew consent to be reported.
 */
export function queueSponsoredFinishedMails(now: Date): number {
  const rows = getConnection()
    .sqlite.prepare(
      `select c.id as certificateId, c.course_id as courseId, c.holder_name as learner, o.name as organisation, om.user_id as managerId
       from certificates c
       join sponsorships s on s.user_id = c.user_id and s.withdrawn_at is null
       join commissions k on k.id = s.commission_id and k.course_id = c.course_id
       join organisations o on o.id = k.organisation_id
       join organisation_members om on om.organisation_id = o.id
       where c.created_at > ?`,
    )
    .all(now.getTime() - 3 * DAY_MS) as { certificateId: number; courseId: string; learner: string; organisation: string; managerId: number }[];
  let queued = 0;
  for (const row of rows) {
    const dedupeKey = `sponsored:${row.certificateId}:${row.managerId}`;
    if (isQueued(dedupeKey) || getNotificationPreference(row.managerId, "sponsored_finished") === "off") continue;
    const user = getUserById(row.managerId);
    if (!user) continue;
    const t = serverT(user.locale);
    const course = getCourse(row.courseId)?.title[user.locale] ?? row.courseId;
    const unsubscribe = unsubscribeHeaders(user.id, "sponsored_finished");
    const mail = renderMail({
      locale: user.locale,
      subject: t("mail:sponsoredFinished.subject", { name: row.learner, course }),
      paragraphs: [t("mail:layout.greeting", { name: user.name }), t("mail:sponsoredFinished.body", { name: row.learner, course, organisation: row.organisation })],
      action: { label: t("mail:sponsoredFinished.action"), url: appLink("/partner") },
      footer: [t("mail:layout.unsubscribe", { url: unsubscribe.url })],
    });
    if (enqueueMail({ to: user.email, userId: user.id, kind: "sponsored_finished", locale: user.locale, ...mail, headers: unsubscribe.headers, dedupeKey })) queued++;
  }
  return queued;
}
