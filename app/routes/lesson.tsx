import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActivityPanel } from "~/components/lesson/activity-panel";
import { LessonKindBadge } from "~/components/lesson-kind-badge";
import { MarkupOnlyHtml } from "~/components/markup-only";
import { parseSubmission } from "~/forms/submission.server";
import { requestLocale } from "~/http/locale.server";
import { notFound } from "~/http/responses.server";
import { oncePerSubmission } from "~/http/submission-key.server";
import { formatDate, formatMinutes, languageName } from "~/i18n/format";
import { getLessonPage } from "~/models/catalogue.server";
import { lessonActivity } from "~/models/lesson-activity.server";
import { waitingRequest } from "~/models/enrolment.server";
import { offlineModule } from "~/models/offline-module.server";
import { SaveModuleOffline } from "~/components/lesson/save-module-offline";

import { NOTES, handleLessonIntent, lessonSchema } from "./lesson.server";
import { canSeeDrafts, requireCourseTeam, requireSignedIn } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.page.lesson.title} · ${data.page.course.title} · kumi` : "kumi" },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = requireSignedIn(request, context);
  const locale = requestLocale(request, context);
  const page = getLessonPage(params.courseId ?? "", params.lessonId ?? "", locale, {
    includeDrafts: canSeeDrafts(viewer),
  });
  if (!page) throw notFound();
  const ok = new URL(request.url).searchParams.get("ok");
  // The body goes into the document's markup only; a client-side navigation gets it as data.
  const { html, ...lesson } = page.lesson;
  if (!context.isDataRequest) context.markupOnly.set("lesson", html);
  return {
    page: { ...page, lesson: { ...lesson, html: context.isDataRequest ? html : null } },
    locale,
    activity: page.lesson.draft ? null : lessonActivity(viewer.id, page.course.id, page.lesson.id),
    waitingForTeam: !!waitingRequest(viewer.id, page.course.id),
    note: NOTES.find((n) => n === ok) ?? null,
    offlineModule: page.lesson.draft ? null : offlineModule(page.course.id, page.module.id, locale),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = requireSignedIn(request, context);
  const locale = requestLocale(request, context);
  const page = getLessonPage(params.courseId ?? "", params.lessonId ?? "", locale);
  if (!page) throw notFound();
  // Progress is recorded for learners in a team for this course only.
  const cohort = requireCourseTeam(viewer, page.course.id);
  const form = await parseSubmission(request, lessonSchema(page.lesson));
  if (!form.ok) return form.reply;
  // A submission queued on a phone without signal may arrive twice: it counts once.
  return oncePerSubmission(request, viewer.id, () =>
    handleLessonIntent(form.value, { userId: viewer.id, cohortId: cohort.id, page, submission: form.submission }),
  );
}

export default function LessonPage() {
  const { t } = useTranslation("courses");
  const { page, locale, note } = useLoaderData<typeof loader>();
  const { course, module, lesson, fallback, previous, next } = page;
  return (
    <article className="lesson">
      <nav aria-label={t("lesson.breadcrumb")} className="breadcrumb">
        <Link to={`/courses/${course.id}`}>{t("lesson.moduleOf", { module: module.title, course: course.title })}</Link>
      </nav>
      <h1 lang={lesson.contentLocale}>{lesson.title}</h1>
      <p className="meta">
        <LessonKindBadge kind={lesson.kind} /> · {formatMinutes(locale, lesson.minutes)}
      </p>
      {lesson.draft ? <p className="notice warning">{t("lesson.draft")}</p> : null}
      {fallback ? (
        <p className="notice" role="note">
          {t(fallback === "missing" ? "lesson.fallbackMissing" : "lesson.fallbackStale", {
            language: languageName(locale, locale),
            date: formatDate(locale, page.englishUpdatedAt),
          })}
        </p>
      ) : null}
      <MarkupOnlyHtml name="lesson" html={lesson.html} className="prose" lang={lesson.contentLocale} />
      <ActivityPanel note={note} />
      <nav className="pager" aria-label={t("lesson.breadcrumb")}>
        {previous ? (
          <Link rel="prev" to={`/courses/${course.id}/lessons/${previous.id}`}>
            {t("lesson.previous", { title: previous.title })}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link rel="next" to={`/courses/${course.id}/lessons/${next.id}`}>
            {t("lesson.next", { title: next.title })}
          </Link>
        ) : (
          <Link to={`/courses/${course.id}`}>{t("lesson.backToCourse")}</Link>
        )}
      </nav>
      <SaveModuleOffline />
    </article>
  );
}
