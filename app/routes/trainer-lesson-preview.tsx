import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CoverageStateBadge } from "~/components/coverage-state";
import { LessonKindBadge } from "~/components/lesson-kind-badge";
import { requestLocale } from "~/http/locale.server";
import { notFound } from "~/http/responses.server";
import { LOCALES, LOCALE_NAMES, isLocale } from "~/i18n/config";
import { formatDate, formatMinutes, formatPercent, languageName } from "~/i18n/format";
import { lessonPreview } from "~/models/content-coverage.server";
import { requireTrainer } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.preview.lesson.title} · kumi` : "kumi" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  requireTrainer(request, context);
  const locale = requestLocale(request, context);
  const previewLocale = params.locale;
  if (!isLocale(previewLocale)) throw notFound();
  const preview = lessonPreview(params.courseId ?? "", params.lessonId ?? "", previewLocale, locale);
  if (!preview) throw notFound();
  return { preview, locale };
}

export default function LessonPreview() {
  const { t } = useTranslation("trainer");
  const { preview, locale } = useLoaderData<typeof loader>();
  const { course, lesson, previewLocale, state, draft } = preview;
  const language = languageName(locale, previewLocale);
  return (
    <article className="lesson">
      <p className="breadcrumb">
        <Link to={`/trainer/content/${course.id}`}>{t("matrix.title", { course: course.title })}</Link>
      </p>
      <p className="notice" role="note">
        <strong>{t("preview.label")}:</strong> {t("preview.banner", { language })}{" "}
        <CoverageStateBadge state={draft ? "draft" : state} />
      </p>
      {draft ? <p className="notice warning">{t("preview.draft")}</p> : null}
      {state === "stale" ? (
        <div className="notice warning">
          <p>{t("preview.stale", { date: formatDate(locale, preview.englishUpdatedAt) })}</p>
          <details className="for-developers">
            <summary>{t("forDevelopers.summary")}</summary>
            <p>{t("forDevelopers.stamp")}</p>
            <pre>
              <code>{`npm run content:stamp -- ${lesson.file}`}</code>
            </pre>
          </details>
        </div>
      ) : null}
      {state === "missing" ? <p className="notice warning">{t("preview.missing", { language })}</p> : null}
      <nav aria-label={t("preview.otherLanguages")} className="language-tabs">
        {LOCALES.map((l) => (
          <Link
            key={l}
            to={`/trainer/content/${course.id}/${lesson.id}/${l}`}
            lang={l}
            aria-current={l === previewLocale ? "page" : undefined}
          >
            {LOCALE_NAMES[l]} <CoverageStateBadge state={preview.states[l]} />
          </Link>
        ))}
      </nav>
      <h1 lang={lesson.contentLocale}>{lesson.title}</h1>
      <p className="meta">
        <LessonKindBadge kind={lesson.kind} /> · {formatMinutes(locale, lesson.minutes)} ·{" "}
        {t("preview.updated", { date: formatDate(locale, lesson.updatedAt) })}
      </p>
      <details className="for-developers">
        <summary>{t("forDevelopers.whichFile")}</summary>
        <code>{lesson.file}</code>
      </details>
      <div className="prose" lang={lesson.contentLocale} dangerouslySetInnerHTML={{ __html: lesson.html }} />
      {lesson.submit ? <p className="notice">{t(`preview.submit.${lesson.submit}`)}</p> : null}
      {lesson.questions.length ? (
        <section className="answers">
          <h2>{t("preview.answersTitle")}</h2>
          {lesson.passMark !== null ? <p>{t("preview.passMark", { passMark: formatPercent(locale, lesson.passMark) })}</p> : null}
          <ol>
            {lesson.questions.map((q) => (
              <li key={q.id}>
                <p>
                  <strong lang={lesson.contentLocale}>{q.prompt}</strong> <span className="meta">({t(`preview.type.${q.type}`)})</span>
                </p>
                {q.type === "short" ? (
                  <p>
                    {t("preview.accepted")}{" "}
                    <span lang={lesson.contentLocale}>{q.accept.join(" / ")}</span>
                  </p>
                ) : (
                  <ul>
                    {q.options.map((o) => (
                      <li key={o.id} className={o.correct ? "correct" : undefined}>
                        <span lang={lesson.contentLocale}>{o.text}</span>
                        {o.correct ? <strong> ✓ {t("preview.correct")}</strong> : null}
                      </li>
                    ))}
                  </ul>
                )}
                {q.explanation ? (
                  <p className="meta">
                    {t("preview.explanation")}{" "}
                    <span lang={lesson.contentLocale}>{q.explanation}</span>
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}
