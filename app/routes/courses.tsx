import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listCourseSummaries } from "~/models/catalogue.server";
import { requestLocale } from "~/http/locale.server";
import { serverT } from "~/i18n/resources.server";
import { publicPage } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  publicPage();
  const locale = requestLocale(request, context);
  return {
    courses: listCourseSummaries(locale),
    title: `${serverT(locale)("courses:catalogue.title")} · kumi`,
  };
}

export default function Courses() {
  const { t } = useTranslation("courses");
  const { courses } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("catalogue.title")}</h1>
      <p className="lead">{t("catalogue.intro")}</p>
      <ul className="cards">
        {courses.map((course) => (
          <li key={course.id} className="card">
            <h2>
              <Link to={`/courses/${course.id}`}>{course.title}</Link>
            </h2>
            <p>{course.summary}</p>
            <p className="meta">
              {t(`level.${course.level}`)} · {t("count.modules", { count: course.moduleCount })} ·{" "}
              {t("count.lessons", { count: course.lessonCount })} · {t("count.hours", { count: course.hours })}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
