import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LessonKindBadge } from "~/components/lesson-kind-badge";
import { requestLocale } from "~/http/locale.server";
import { notFound } from "~/http/responses.server";
import { formatMinutes } from "~/i18n/format";
import { getCourseOutline } from "~/models/catalogue.server";
import { cohortOfLearner } from "~/models/cohorts.server";
import { allowAnyone, canSeeDrafts } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.course.title} · kumi` : "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = allowAnyone(request, context);
  const locale = requestLocale(request, context);
  const course = getCourseOutline(params.courseId ?? "", locale, { includeDrafts: canSeeDrafts(viewer) });
  if (!course) throw notFound();
  const cohort = viewer ? cohortOfLearner(viewer.id, course.id) : null;
  return { course, locale, signedIn: !!viewer, cohortId: cohort?.id ?? null };
}

export default function CourseOutline() {
  const { t } = useTranslation("courses");
  const { course, locale, signedIn, cohortId } = useLoaderData<typeof loader>();
  const first = course.modules.flatMap((m) => m.lessons)[0];
  return (
    <div>
      <h1>{course.title}</h1>
      <p className="lead">{course.summary}</p>
      <p className="meta">
        {t(`level.${course.level}`)} · {t("count.hours", { count: course.hours })}
      </p>
      {signedIn ? (
        <p className="actions">
          {first ? (
            <Link className="button" to={`/courses/${course.id}/lessons/${first.id}`}>
              {t("outline.start")}
            </Link>
          ) : null}{" "}
          {cohortId ? (
            <Link to={`/cohorts/${cohortId}`}>{t("team:learn.openBoard")}</Link>
          ) : (
            <Link to={`/courses/${course.id}/join`}>{t("team:lesson.joinCourse")}</Link>
          )}
        </p>
      ) : (
        <p className="notice">
          <Link to={`/login?redirectTo=${encodeURIComponent(`/courses/${course.id}`)}`}>{t("outline.loginToRead")}</Link>
        </p>
      )}
      <h2>{t("outline.modulesHeading")}</h2>
      <ol className="modules">
        {course.modules.map((module, i) => (
          <li key={module.id} className="module">
            <p className="eyebrow">{t("outline.moduleNumber", { number: i + 1 })}</p>
            <h3>{module.title}</h3>
            <p>{module.summary}</p>
            <ol className="lessons">
              {module.lessons.map((lesson) => (
                <li key={lesson.id}>
                  {signedIn ? (
                    <Link to={`/courses/${course.id}/lessons/${lesson.id}`}>{lesson.title}</Link>
                  ) : (
                    <span>{lesson.title}</span>
                  )}{" "}
                  <span className="meta">
                    <LessonKindBadge kind={lesson.kind} /> · {formatMinutes(locale, lesson.minutes)}
                    {lesson.draft ? <> · {t("lesson.draft")}</> : null}
                  </span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  );
}
