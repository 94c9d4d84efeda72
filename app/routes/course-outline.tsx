import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LessonKindBadge } from "~/components/lesson-kind-badge";
import { requestLocale } from "~/http/locale.server";
import { notFound } from "~/http/responses.server";
import { formatMinutes } from "~/i18n/format";
import { getCourseOutline } from "~/models/catalogue.server";
import { cohortOfLearner } from "~/models/cohorts.server";
import { waitingRequest } from "~/models/enrolment.server";
import { outlineProgress } from "~/models/course-progress.server";
import { ProgressBar } from "~/components/progress-bar";
import { allowAnyone, canSeeDrafts } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.course.title} · kumi` : "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = allowAnyone(request, context);
  const locale = requestLocale(request, context);
  const course = getCourseOutline(params.courseId ?? "", locale, { includeDrafts: canSeeDrafts(viewer) });
  if (!course) throw notFound();
  const cohort = viewer ? cohortOfLearner(viewer.id, course.id) : null;
  const lessons = course.modules.flatMap((m) => m.lessons.filter((l) => !l.draft).map((l) => ({ id: l.id, title: l.title })));
  const progress = viewer ? outlineProgress(viewer.id, course.id, lessons) : null;
  const waitingForTeam = viewer && !cohort ? !!waitingRequest(viewer.id, course.id) : false;
  return { course, locale, signedIn: !!viewer, cohortId: cohort?.id ?? null, waitingForTeam, progress, lessonCount: lessons.length };
}

export default function CourseOutline() {
  const { t } = useTranslation(["courses", "team"]);
  const { course, locale, signedIn, cohortId, waitingForTeam, progress, lessonCount } = useLoaderData<typeof loader>();
  const first = course.modules.flatMap((m) => m.lessons)[0];
  const done = new Set(progress?.done ?? []);
  const started = new Set(progress?.started ?? []);
  const allDone = lessonCount > 0 && done.size >= lessonCount;
  return (
    <div>
      <h1>{course.title}</h1>
      <p className="lead">{course.summary}</p>
      <p className="meta">
        {t(`level.${course.level}`)} · {t("count.hours", { count: course.hours })}
      </p>
      {signedIn ? (
        <p className="actions">
          {progress?.resume ? (
            <Link className="button" to={`/courses/${course.id}/lessons/${progress.resume.id}`}>
              {t("outline.continue", { title: progress.resume.title })}
            </Link>
          ) : allDone ? (
            <span className="notice success">{t("outline.allDone")}</span>
          ) : first ? (
            <Link className="button" to={`/courses/${course.id}/lessons/${first.id}`}>
              {t("outline.start")}
            </Link>
          ) : null}{" "}
          {cohortId ? (
            <Link to={`/cohorts/${cohortId}`}>{t("team:learn.openBoard")}</Link>
          ) : waitingForTeam ? (
            <span className="meta">
              {t("team:waitingForTeam.outline")} <Link to={`/courses/${course.id}/join`}>{t("team:learn.changeRequest")}</Link>
            </span>
          ) : (
            <Link to={`/courses/${course.id}/join`}>{t("team:lesson.joinCourse")}</Link>
          )}
        </p>
      ) : (
        <p className="notice">
          <Link to={`/login?redirectTo=${encodeURIComponent(`/courses/${course.id}`)}`}>{t("outline.loginToRead")}</Link>
        </p>
      )}
      {progress && lessonCount ? (
        <ProgressBar
          percent={Math.round((done.size / lessonCount) * 100)}
          label={t("outline.courseProgress", { done: done.size, total: lessonCount })}
        />
      ) : null}
      <h2>{t("outline.modulesHeading")}</h2>
      <ol className="modules">
        {course.modules.map((module, i) => (
          <li key={module.id} className="module">
            <p className="eyebrow">{t("outline.moduleNumber", { number: i + 1 })}</p>
            <h3>{module.title}</h3>
            <p>{module.summary}</p>
            {progress ? (
              <p className="meta">
                {t("outline.moduleProgress", {
                  done: module.lessons.filter((l) => done.has(l.id)).length,
                  total: module.lessons.filter((l) => !l.draft).length,
                })}
              </p>
            ) : null}
            <ol className="lessons">
              {module.lessons.map((lesson) => (
                <li key={lesson.id} className={done.has(lesson.id) ? "lesson-done" : undefined}>
                  {progress ? (
                    <span className="lesson-state" aria-hidden="true">
                      {done.has(lesson.id) ? "✓" : started.has(lesson.id) ? "◐" : "○"}
                    </span>
                  ) : null}
                  {signedIn ? (
                    <Link to={`/courses/${course.id}/lessons/${lesson.id}`}>{lesson.title}</Link>
                  ) : (
                    <span>{lesson.title}</span>
                  )}{" "}
                  <span className="meta">
                    <LessonKindBadge kind={lesson.kind} /> · {formatMinutes(locale, lesson.minutes)}
                    {lesson.draft ? <> · {t("lesson.draft")}</> : null}
                    {done.has(lesson.id) ? <> · {t("outline.lessonDone")}</> : started.has(lesson.id) ? <> · {t("outline.lessonStarted")}</> : null}
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
