import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getFormProps, useForm } from "@conform-to/react";
import { FormErrors, StatusMessage, TextareaField } from "~/components/forms";
import { message } from "~/forms/message";
import { parseSubmission, replyWith } from "~/forms/submission.server";
import { Rubric } from "~/components/rubric";
import { getCourse, lessonRubric, lessonTitle } from "~/curriculum/index.server";

import { requestLocale } from "~/http/locale.server";
import { formatDate } from "~/i18n/format";
import { reviewSubmission, submissionHistory } from "~/models/exercises.server";
import { getUserById } from "~/models/users.server";
import { canReviewSubmission, requireSubmission } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.lessonTitle} · kumi` : "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, role, submission, cohort } = requireSubmission(request, context, params);
  const locale = requestLocale(request, context);
  const course = getCourse(cohort.courseId);
  const lesson = course?.modules.flatMap((m) => m.lessons).find((l) => l.id === submission.lessonId);
  return {
    cohort: { id: cohort.id, name: cohort.name },
    courseId: cohort.courseId,
    lessonId: submission.lessonId,
    lessonTitle: lesson ? lessonTitle(lesson, locale) : submission.lessonId,
    rubric: lesson ? lessonRubric(lesson, locale) : null,
    authorName: getUserById(submission.userId)?.name ?? "",
    submission: { id: submission.id, state: submission.state, answer: submission.answer },
    canReview: canReviewSubmission(user, role, submission),
    isAuthor: user.id === submission.userId,
    isLink: /^https?:\/\//.test(submission.answer) && !/\s/.test(submission.answer),
    history: submissionHistory(submission.id).map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
    locale,
    reviewed: new URL(request.url).searchParams.has("reviewed"),
  };
}

const schema = z
  .object({ decision: z.enum(["accepted", "changes_requested"]), comment: z.string().trim().max(4000).default("") })
  .refine((v) => v.decision === "accepted" || v.comment.length > 0, { message: "team:submission.commentRequired", path: ["comment"] });

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, submission, cohort } = requireSubmission(request, context, params);
  const form = await parseSubmission(request, schema);
  if (!form.ok) return form.reply;
  const result = reviewSubmission(submission.id, user.id, form.value.decision, form.value.comment);
  if (!result.ok) return replyWith(form.submission, { status: 409, formErrors: [message(`team:submission.${result.reason}`)] });
  return redirect(`/cohorts/${cohort.id}/submissions/${submission.id}?reviewed`, 303);
}

export default function SubmissionPage() {
  const { t } = useTranslation("team");
  const data = useLoaderData<typeof loader>();
  const [form, fields] = useForm<z.input<typeof schema>>({ id: "review-form", lastResult: useActionData<typeof action>() });
  return (
    <div className="narrow wide-ok">
      <p className="breadcrumb">
        <Link to={`/cohorts/${data.cohort.id}`}>{data.cohort.name}</Link> ·{" "}
        <Link to={`/courses/${data.courseId}/lessons/${data.lessonId}`}>{data.lessonTitle}</Link>
      </p>
      <h1>{t("submission.title", { name: data.authorName, lesson: data.lessonTitle })}</h1>
      {data.reviewed ? <StatusMessage>{t("submission.reviewed")}</StatusMessage> : null}
      <FormErrors form={form} />
      {/* The author reads about their own answer; anyone else reads about the author's, and what is theirs to do. */}
      {data.isAuthor ? (
        <p className="notice">{t(`lesson.exerciseState.${data.submission.state}`)}</p>
      ) : (
        <p className="notice">
          {t(`reviewer.state.${data.submission.state}`, { name: data.authorName })}
          {data.canReview ? <> {t("reviewer.yourTurn")}</> : null}
        </p>
      )}
      <h2>{t("submission.answer")}</h2>
      {data.isLink ? (
        <p>
          <a href={data.submission.answer} rel="noopener noreferrer nofollow" target="_blank">
            {data.submission.answer}
          </a>
        </p>
      ) : (
        <div className="answer-text">{data.submission.answer}</div>
      )}
      {data.rubric ? <Rubric items={data.rubric.items} lang={data.rubric.locale !== data.locale ? data.rubric.locale : null} /> : null}
      {data.canReview ? (
        <Form method="post" className="stack" {...getFormProps(form)}>
          <TextareaField meta={fields.comment} label={t("submission.comment")} rows={4} maxLength={4000} />
          <div className="actions">
            <button type="submit" name="decision" value="accepted" className="button">
              {t("submission.accept")}
            </button>{" "}
            <button type="submit" name="decision" value="changes_requested" className="button secondary">
              {t("submission.requestChanges")}
            </button>
          </div>
        </Form>
      ) : null}
      <h2>{t("submission.history")}</h2>
      <ol className="entries">
        {data.history.map((e) => (
          <li key={e.id}>
            <p className="meta">
              {t(`submission.event.${e.kind}`, { name: e.actorName ?? "" })} · {formatDate(data.locale, e.createdAt)}
            </p>
            {e.kind === "accepted" || e.kind === "changes_requested" ? e.text ? <p>{e.text}</p> : null : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
