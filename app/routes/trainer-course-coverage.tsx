import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CoverageStateBadge } from "~/components/coverage-state";
import { LessonKindBadge } from "~/components/lesson-kind-badge";
import { requestLocale } from "~/http/locale.server";
import { notFound } from "~/http/responses.server";
import { LOCALES, LOCALE_NAMES } from "~/i18n/config";
import { courseCoverage } from "~/models/content-coverage.server";
import { requireTrainer } from "~/policies/index.server";
import { ScrollRegion } from "~/components/scroll-region";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.course.title} · kumi` : "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  requireTrainer(request, context);
  const locale = requestLocale(request, context);
  const course = courseCoverage(params.courseId ?? "", locale);
  if (!course) throw notFound();
  return { course };
}

export default function CourseCoverage() {
  const { t } = useTranslation("trainer");
  const { course } = useLoaderData<typeof loader>();
  return (
    <div className="wide">
      <p className="breadcrumb">
        <Link to="/trainer/content">{t("matrix.backToContent")}</Link>
      </p>
      <h1>{t("matrix.title", { course: course.title })}</h1>
      <ScrollRegion>
        <table className="coverage">
          <thead>
            <tr>
              <th scope="col">{t("matrix.lesson")}</th>
              {LOCALES.map((l) => (
                <th key={l} scope="col" lang={l}>
                  {LOCALE_NAMES[l]}
                </th>
              ))}
            </tr>
          </thead>
          {course.modules.map((module) => (
            <tbody key={module.id}>
              <tr>
                <th colSpan={4} scope="colgroup" className="module-row">
                  {module.title}
                </th>
              </tr>
              {module.lessons.map((lesson) => (
                <tr key={lesson.id}>
                  <th scope="row">
                    {lesson.title} <LessonKindBadge kind={lesson.kind} />
                    <br />
                    <code className="meta">{lesson.id}</code>
                  </th>
                  {LOCALES.map((l) => (
                    <td key={l}>
                      <Link
                        to={`/trainer/content/${course.id}/${lesson.id}/${l}`}
                        aria-label={t("matrix.previewLink", {
                          lesson: lesson.title,
                          language: LOCALE_NAMES[l],
                          state: t(`state.${lesson.states[l]}`),
                        })}
                      >
                        <CoverageStateBadge state={lesson.states[l]} />
                      </Link>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </ScrollRegion>
    </div>
  );
}
