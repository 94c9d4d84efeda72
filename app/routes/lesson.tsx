import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LessonKindBadge } from "~/components/lesson-kind-badge";
import { requireViewer } from "~/http/auth.server";
import { requestLocale } from "~/http/locale.server";
import { notFound } from "~/http/responses.server";
import { formatDate, formatMinutes, formatPercent, languageName } from "~/i18n/format";
import { getLessonPage } from "~/models/catalogue.server";
import { hasRole } from "~/models/users.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.page.lesson.title} · ${data.page.course.title} · kumi` : "kumi" },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = requireViewer(request, context);
  const locale = requestLocale(request, context);
  // Drafts exist only for trainers and admins; for everyone else they 404.
  const page = getLessonPage(params.courseId ?? "", params.lessonId ?? "", locale, {
    includeDrafts: hasRole(viewer, "trainer", "admin"),
  });
  if (!page) throw notFound();
  return { page, locale };
}

export default function LessonPage() {
  const { t } = useTranslation("courses");
  const { page, locale } = useLoaderData<typeof loader>();
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
      <div className="prose" lang={lesson.contentLocale} dangerouslySetInnerHTML={{ __html: lesson.html }} />
      {lesson.kind === "quiz" && lesson.passMark !== null ? (
        <p className="notice">
          {t("lesson.quizIntro", {
            questions: t("count.questions", { count: lesson.questionCount }),
            passMark: formatPercent(locale, lesson.passMark),
          })}{" "}
          {t("lesson.quizLater")}
        </p>
      ) : null}
      {lesson.kind === "exercise" ? (
        <p className="notice">{t(lesson.submit === "link" ? "lesson.submitLink" : "lesson.submitText")}</p>
      ) : null}
      {lesson.kind === "team-activity" ? <p className="notice">{t("lesson.teamActivity")}</p> : null}
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
    </article>
  );
}
