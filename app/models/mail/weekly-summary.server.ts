import { and, eq, gt, inArray, isNotNull } from "drizzle-orm";
import { getConnection } from "#db/client";
import { cohorts, lessonProgress, users } from "#db/schema";
import { lessonTitle, listCourses } from "~/curriculum/index.server";
import { dateForDisplay } from "~/domain/calendar";
import { formatDate } from "~/i18n/format";
import type { Locale } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";
import { getNotificationPreference } from "../notification-preferences.server";
import { teamBoard } from "../team-board.server";
import { getUserById } from "../users.server";
import { localClock } from "./local-time.server";
import { enqueueMail, isQueued } from "./outbox.server";
import { appLink, renderMail } from "./render.server";
import { unsubscribeHeaders } from "./unsubscribe.server";

export const WEEKLY_AT_MINUTES = 9 * 60;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A team's meeting day (0 = Sunday): the weekday of its weekly meeting (stored
 * as ISO 1 = Monday … 7 = Sunday), else the weekday it started.
 */
export function meetingWeekday(cohort: { startDate: string; meetingWeekday: number | null }): number {
  if (cohort.meetingWeekday) return cohort.meetingWeekday % 7;
  return new Date(`${cohort.startDate}T00:00:00Z`).getUTCDay();
}

function lessonName(lessonId: string, locale: Locale): string {
  for (const course of listCourses())
    for (const m of course.modules) for (const l of m.lessons) if (l.id === lessonId) return lessonTitle(l, locale);
  return lessonId;
}

/**
 * The weekly summary: on each active team's meeting day, from 09:00 in its
 * time zone, each member gets the week (who finished what, what is due, who
 * is behind). One per person, team and day, whatever runs it.
 */
export function queueWeeklySummaries(now: Date): number {
  const { db } = getConnection();
  let queued = 0;
  for (const cohort of db.select().from(cohorts).where(eq(cohorts.state, "active")).all()) {
    const clock = localClock(cohort.timeZone, now);
    if (clock.weekday !== meetingWeekday(cohort) || clock.minutes < WEEKLY_AT_MINUTES) continue;
    const board0 = teamBoard(cohort.id, 0, cohort.locale, now);
    if (!board0) continue;
    const memberIds = board0.members.map((m) => m.id);
    const finished = memberIds.length
      ? db
          .select({ userId: lessonProgress.userId, lessonId: lessonProgress.lessonId, name: users.name })
          .from(lessonProgress)
          .innerJoin(users, eq(users.id, lessonProgress.userId))
          .where(
            and(
              inArray(lessonProgress.userId, memberIds),
              eq(lessonProgress.courseId, cohort.courseId),
              isNotNull(lessonProgress.completedAt),
              gt(lessonProgress.completedAt, new Date(now.getTime() - WEEK_MS)),
            ),
          )
          .all()
      : [];
    for (const memberId of memberIds) {
      const dedupeKey = `weekly:${cohort.id}:${memberId}:${clock.date}`;
      if (isQueued(dedupeKey) || getNotificationPreference(memberId, "weekly_summary") === "off") continue;
      const user = getUserById(memberId);
      if (!user) continue;
      const board = teamBoard(cohort.id, memberId, user.locale, now)!;
      const t = serverT(user.locale);
      const next = board.modules.find((m) => m.due && m.due >= board.today);
      const behind = board.members.filter((m) => m.behindBy > 0).map((m) => m.name);
      const unsubscribe = unsubscribeHeaders(user.id, "weekly_summary");
      const mail = renderMail({
        locale: user.locale,
        subject: t("mail:weekly.subject", { team: cohort.name }),
        paragraphs: [
          t("mail:layout.greeting", { name: user.name }),
          t("mail:weekly.intro", { team: cohort.name }),
          finished.length
            ? [t("mail:weekly.finished"), ...finished.map((f) => `• ${t("mail:weekly.finishedItem", { name: f.name, lesson: lessonName(f.lessonId, user.locale) })}`)].join("\n")
            : t("mail:weekly.nothingFinished"),
          next ? t("mail:weekly.due", { module: next.title, date: formatDate(user.locale, dateForDisplay(next.due!), "UTC") }) : t("mail:weekly.nothingDue"),
          behind.length ? t("mail:weekly.behind", { names: behind.join(", ") }) : t("mail:weekly.nobodyBehind"),
        ],
        action: { label: t("mail:weekly.action"), url: appLink(`/cohorts/${cohort.id}`) },
        footer: [t("mail:layout.unsubscribe", { url: unsubscribe.url })],
      });
      if (enqueueMail({ to: user.email, userId: user.id, kind: "weekly_summary", locale: user.locale, ...mail, headers: unsubscribe.headers, dedupeKey })) queued++;
    }
  }
  return queued;
}
