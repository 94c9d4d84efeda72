import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CoverageStateBadge } from "~/components/coverage-state";
import { requestLocale } from "~/http/locale.server";
import { LOCALES, LOCALE_NAMES } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";
import { contentOverview } from "~/models/content-coverage.server";
import { requireTrainer } from "~/policies/index.server";
import { ScrollRegion } from "~/components/scroll-region";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  requireTrainer(request, context);
  const locale = requestLocale(request, context);
  return { ...contentOverview(locale), title: `${serverT(locale)("trainer:content.title")} · kumi` };
}

export default function TrainerContent() {
  const { t } = useTranslation("trainer");
  const { courses, errors } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("content.title")}</h1>
      <p className="lead">{t("content.intro")}</p>
      {errors.length ? (
        <section className="notice warning" aria-labelledby="content-errors">
          <h2 id="content-errors">{t("content.errorsTitle")}</h2>
          <p>{t("content.errorsIntro")}</p>
          <ul className="errors">
            {errors.map((e, i) => (
              <li key={i}>
                {e.message}
                <details className="for-developers">
                  <summary>{t("forDevelopers.whichFile")}</summary>
                  <code>
                    {e.file}
                    {e.line ? `:${e.line}` : ""}
                  </code>
                </details>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ul className="cards">
        {courses.map((course) => (
          <li key={course.id} className="card">
            <h2>
              <Link to={`/trainer/content/${course.id}`}>{course.title}</Link>
            </h2>
            <ScrollRegion>
            <table className="summary">
              <thead>
                <tr>
                  <th scope="col">{t("content.lessons")}</th>
                  {(["ok", "missing", "stale", "draft"] as const).map((s) => (
                    <th key={s} scope="col">
                      <CoverageStateBadge state={s} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {LOCALES.map((l) => (
                  <tr key={l}>
                    <th scope="row" lang={l}>
                      {LOCALE_NAMES[l]}
                    </th>
                    {(["ok", "missing", "stale", "draft"] as const).map((s) => (
                      <td key={s}>{course.counts[l][s]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            </ScrollRegion>
            <p>
              <Link to={`/trainer/content/${course.id}`}>{t("content.open")}</Link>
            </p>
          </li>
        ))}
      </ul>
      <p>{t("content.howTo")}</p>
      <details className="for-developers">
        <summary>{t("forDevelopers.summary")}</summary>
        <p>{t("forDevelopers.format")}</p>
        <pre>
          <code>docs/content-format.md</code>
        </pre>
        <p>{t("forDevelopers.check")}</p>
        <pre>
          <code>npm run content:check</code>
        </pre>
      </details>
    </div>
  );
}
