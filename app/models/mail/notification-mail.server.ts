import type { NotificationKind } from "#db/schema";
import { getCourse, lessonTitle, listCourses } from "~/curriculum/index.server";
import type { Locale } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";

function lessonName(lessonId: string | undefined, locale: Locale): string {
  if (!lessonId) return "";
  for (const course of listCourses())
    for (const m of course.modules) for (const l of m.lessons) if (l.id === lessonId) return lessonTitle(l, locale);
  return lessonId;
}

/** The sentence a notification shows in the app, for e-mails (the same words as on /notifications). */
export function notificationText(
  n: { kind: NotificationKind; data: Record<string, string>; actorName: string | null },
  locale: Locale,
): string {
  return serverT(locale)(`team:notifications.kind.${n.kind}`, {
    actor: n.actorName ?? "",
    lesson: lessonName(n.data.lessonId, locale),
    course: n.data.courseId ? (getCourse(n.data.courseId)?.title[locale] ?? "") : "",
  });
}
