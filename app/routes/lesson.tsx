import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { LessonKindBadge } from "~/components/lesson-kind-badge";
import { MarkupOnlyHtml } from "~/components/markup-only";
import { StatusMessage, useMessage } from "~/components/messages";
import { getCourse } from "~/curriculum/index.server";
import { formFailure, parseForm, type ActionFailure } from "~/http/form-action.server";
import { requestLocale } from "~/http/locale.server";
import { notFound } from "~/http/responses.server";
import { formatDate, formatMinutes, formatPercent, languageName } from "~/i18n/format";
import { getLessonPage } from "~/models/catalogue.server";
import { checkExerciseAnswer, submitExercise } from "~/models/exercises.server";
import { explanations, lessonActivity } from "~/models/lesson-activity.server";
import { completeLesson, completeTeamActivity, submitQuiz } from "~/models/progress.server";
import { canSeeDrafts, requireCourseTeam, requireSignedIn } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.page.lesson.title} · ${data.page.course.title} · kumi` : "kumi" },
];

const NOTES = ["completedNow", "teamActivityMarked", "exerciseSent"] as const;

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
    note: NOTES.find((n) => n === ok) ?? null,
  };
}

const intentSchema = z.object({ intent: z.enum(["complete", "quiz", "exercise", "team"]) }).loose();

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = requireSignedIn(request, context);
  const locale = requestLocale(request, context);
  const page = getLessonPage(params.courseId ?? "", params.lessonId ?? "", locale);
  if (!page) throw notFound();
  const courseId = page.course.id;
  const lessonId = page.lesson.id;
  const cohort = requireCourseTeam(viewer, courseId);
  const here = `/courses/${courseId}/lessons/${lessonId}`;
  const kind = page.lesson.kind;

  const multiple = page.lesson.questions.filter((q) => q.type === "multiple").map((q) => `q_${q.id}`);
  const parsed = await parseForm(request, intentSchema, { arrays: multiple });
  if (!parsed.ok) return formFailure(parsed);
  const { intent } = parsed.data;

  if (intent === "complete" && kind === "reading") {
    completeLesson(viewer.id, courseId, lessonId);
    return redirect(`${here}?ok=completedNow#activity`, 303);
  }
  if (intent === "team" && kind === "team-activity") {
    completeTeamActivity(cohort.id, courseId, lessonId, viewer.id);
    return redirect(`${here}?ok=teamActivityMarked#activity`, 303);
  }
  if (intent === "quiz" && kind === "quiz") {
    const answers: Record<string, string[]> = {};
    for (const q of page.lesson.questions) {
      const raw = parsed.values[`q_${q.id}`];
      const list = (Array.isArray(raw) ? raw : raw ? [raw] : []).map((v) => v.slice(0, 500)).slice(0, 20);
      answers[q.id] = list;
    }
    const result = submitQuiz(viewer.id, courseId, lessonId, answers);
    const course = getCourse(courseId)!;
    const lesson = course.modules.flatMap((m) => m.lessons).find((l) => l.id === lessonId)!;
    const variant = lesson.variants[page.lesson.contentLocale] ?? lesson.variants.en;
    return {
      quizResult: {
        score: result.score,
        passed: result.passed,
        attempt: result.attempt,
        questions: result.questions,
        explanations: explanations(variant),
        answers,
      },
    };
  }
  if (intent === "exercise" && kind === "exercise") {
    const answer = checkExerciseAnswer(page.lesson.submit, parsed.values.answer);
    if (!answer.ok) {
      return formFailure({
        status: 400,
        formError: { key: "common:form.checkFields" },
        fieldErrors: { answer: { key: answer.key, params: { max: answer.max } } },
        values: { answer: String(parsed.values.answer ?? "").slice(0, 20_000) },
      });
    }
    submitExercise(cohort.id, viewer.id, lessonId, answer.answer);
    return redirect(`${here}?ok=exerciseSent#activity`, 303);
  }
  return formFailure({ status: 400, formError: { key: "common:form.invalid" } });
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
    </article>
  );
}

type QuizActionData = {
  quizResult?: {
    score: number;
    passed: boolean;
    attempt: number;
    questions: { id: string; correct: boolean }[];
    explanations: Record<string, string>;
    answers: Record<string, string[]>;
  };
};

function ActivityPanel({ note }: { note: (typeof NOTES)[number] | null }) {
  const { t } = useTranslation("team");
  const msg = useMessage();
  const { page, locale, activity } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionFailure & QuizActionData>();
  const busy = useNavigation().state !== "idle";
  const { lesson, course } = page;
  const quizResult = actionData?.quizResult;
  if (lesson.draft) return null;

  if (!activity) {
    return (
      <section className="activity" id="activity">
        {lesson.kind === "quiz" && lesson.passMark !== null ? (
          <p>
            {t("courses:lesson.quizIntro", {
              questions: t("courses:count.questions", { count: lesson.questionCount }),
              passMark: formatPercent(locale, lesson.passMark),
            })}
          </p>
        ) : null}
        <p className="notice">
          {t("lesson.notInTeam")} <Link to={`/courses/${course.id}/join`}>{t("lesson.joinCourse")}</Link>
        </p>
      </section>
    );
  }

  const noteKey = note === "exerciseSent" ? null : note ? `team:lesson.${note}` : null;
  return (
    <section className="activity" id="activity" aria-live="polite">
      {noteKey ? <StatusMessage message={{ key: noteKey }} /> : null}
      {actionData?.formError && !actionData.fieldErrors?.answer ? <StatusMessage message={actionData.formError} tone="error" /> : null}
      {activity.completedAt ? (
        <p className="done">✓ {t("lesson.completed", { date: formatDate(locale, activity.completedAt) })}</p>
      ) : null}

      {lesson.kind === "reading" && !activity.completedAt ? (
        <Form method="post" action={`#activity`}>
          <input type="hidden" name="intent" value="complete" />
          <button type="submit" className="button" disabled={busy}>
            {t("lesson.markComplete")}
          </button>
        </Form>
      ) : null}

      {lesson.kind === "team-activity" ? (
        <>
          <p className="notice">{t("courses:lesson.teamActivity")}</p>
          {!activity.completedAt ? (
            <Form method="post">
              <input type="hidden" name="intent" value="team" />
              <button type="submit" className="button" disabled={busy}>
                {t("lesson.teamActivityDone")}
              </button>
            </Form>
          ) : null}
        </>
      ) : null}

      {lesson.kind === "quiz" ? (
        <div className="quiz">
          <h2>{t("lesson.quizTitle")}</h2>
          {lesson.passMark !== null ? (
            <p>
              {t("courses:lesson.quizIntro", {
                questions: t("courses:count.questions", { count: lesson.questionCount }),
                passMark: formatPercent(locale, lesson.passMark),
              })}
            </p>
          ) : null}
          {activity.bestScore !== null ? <p className="meta">{t("lesson.bestScore", { score: formatPercent(locale, activity.bestScore) })}</p> : null}
          {quizResult ? (
            <p className={quizResult.passed ? "notice success" : "notice warning"} role="status">
              {t("lesson.quizAttempt", { count: quizResult.attempt })}:{" "}
              {quizResult.passed
                ? t("lesson.quizPassed", { score: formatPercent(locale, quizResult.score) })
                : t("lesson.quizFailed", { score: formatPercent(locale, quizResult.score), passMark: formatPercent(locale, lesson.passMark ?? 0) })}
            </p>
          ) : null}
          <Form method="post" className="stack" lang={lesson.contentLocale}>
            <input type="hidden" name="intent" value="quiz" />
            {lesson.questions.map((q, i) => {
              const result = quizResult?.questions.find((r) => r.id === q.id);
              const given = quizResult?.answers[q.id] ?? [];
              return (
                <fieldset key={q.id} className="field question">
                  <legend>
                    {i + 1}. {q.prompt}
                  </legend>
                  {q.type === "short" ? (
                    <input type="text" name={`q_${q.id}`} aria-label={t("lesson.yourAnswer")} maxLength={200} defaultValue={given[0] ?? ""} />
                  ) : (
                    q.options.map((o) => (
                      <label key={o.id} className="choice">
                        <input type={q.type === "single" ? "radio" : "checkbox"} name={`q_${q.id}`} value={o.id} defaultChecked={given.includes(o.id)} /> {o.text}
                      </label>
                    ))
                  )}
                  {result ? (
                    <p className={result.correct ? "answer-ok" : "answer-wrong"}>
                      {result.correct ? `✓ ${t("lesson.correctAnswer")}` : `✗ ${t("lesson.wrongAnswer")}`}
                      {quizResult?.explanations[q.id] ? <> — {t("lesson.explanation", { text: quizResult.explanations[q.id] })}</> : null}
                    </p>
                  ) : null}
                </fieldset>
              );
            })}
            <button type="submit" className="button" disabled={busy}>
              {t("lesson.quizSubmit")}
            </button>
          </Form>
        </div>
      ) : null}

      {lesson.kind === "exercise" ? (
        <div className="exercise">
          <h2>{t("lesson.exerciseTitle")}</h2>
          {note === "exerciseSent" || activity.submission ? (
            <p className="notice" role="status">
              {t(`lesson.exerciseState.${activity.submission?.state ?? "submitted"}`)}
            </p>
          ) : null}
          {activity.submission?.history
            .filter((e) => e.kind === "changes_requested" || e.kind === "accepted")
            .slice(-1)
            .map((e) => (
              <blockquote key={e.id} className="review-comment">
                <p className="meta">{t(`submission.event.${e.kind}`, { name: e.actorName ?? "" })}</p>
                {e.text ? <p>{e.text}</p> : null}
              </blockquote>
            ))}
          {activity.submission?.state !== "accepted" ? (
            <Form method="post" className="stack">
              <input type="hidden" name="intent" value="exercise" />
              <div className={actionData?.fieldErrors?.answer ? "field has-error" : "field"}>
                <label htmlFor="answer">{lesson.submit === "link" ? t("lesson.exerciseLink") : t("lesson.exerciseText")}</label>
                {actionData?.fieldErrors?.answer ? <p className="error">{msg(actionData.fieldErrors.answer)}</p> : null}
                {lesson.submit === "link" ? (
                  <input
                    id="answer"
                    name="answer"
                    type="url"
                    inputMode="url"
                    maxLength={2000}
                    required
                    defaultValue={(actionData?.values?.answer as string) ?? activity.submission?.answer ?? ""}
                  />
                ) : (
                  <textarea
                    id="answer"
                    name="answer"
                    rows={8}
                    maxLength={20000}
                    required
                    defaultValue={(actionData?.values?.answer as string) ?? activity.submission?.answer ?? ""}
                  />
                )}
              </div>
              <button type="submit" className="button" disabled={busy}>
                {activity.submission ? t("lesson.exerciseResubmit") : t("lesson.exerciseSubmit")}
              </button>
            </Form>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
