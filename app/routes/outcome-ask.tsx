import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { EMPLOYER_KINDS, INCOME_BANDS, OUTCOME_STATUSES } from "#db/values";
import { Field, FormErrors, SelectField, StatusMessage } from "~/components/forms";
import { outcomeAnswerSchema } from "~/forms/outcome-answer";
import { parseSubmission, replyWith } from "~/forms/submission.server";
import { message } from "~/forms/message";
import { requestLocale } from "~/http/locale.server";
import { getCourse } from "~/curriculum/index.server";
import { formatDate } from "~/i18n/format";
import { incomeBandLabel } from "~/i18n/income-bands";
import { serverT } from "~/i18n/resources.server";
import { answerOutcome } from "~/models/outcomes/answer.server";
import { isOpen } from "~/models/outcomes/asks.server";
import { requireOwnAsk } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { ask } = requireOwnAsk(request, context, params.askId);
  const locale = requestLocale(request, context);
  return {
    locale,
    ask: { id: ask.id, months: ask.months, courseTitle: getCourse(ask.courseId)?.title[locale] ?? ask.courseId, answeredAt: ask.answeredAt, open: isOpen(ask) },
    title: `${serverT(locale)("outcomes:ask.title")} · kumi`,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { user, ask } = requireOwnAsk(request, context, params.askId);
  const form = await parseSubmission(request, outcomeAnswerSchema);
  if (!form.ok) return form.reply;
  const { consentFunder, consentPartner, ...answer } = form.value;
  const result = answerOutcome(user.id, ask.id, { ...answer, consentFunder: consentFunder === "yes", consentPartner: consentPartner === "yes" });
  if (!result.ok) return replyWith(form.submission, { status: 409, formErrors: [message("outcomes:errors.notOpen")] });
  return redirect(`/outcomes/${ask.id}`, 303);
}

export default function OutcomeAsk() {
  const { t } = useTranslation("outcomes");
  const { ask, locale } = useLoaderData<typeof loader>();
  const [form, fields] = useForm<{ status: string; employerKind: string; hoursPerWeek: string; incomeBand: string; consentFunder: string; consentPartner: string }>({
    id: "outcome-form",
    lastResult: useActionData<typeof action>(),
  });
  const checkbox = (meta: typeof fields.consentFunder) => {
    const { key, ...props } = getInputProps(meta, { type: "checkbox", value: "yes" });
    return <input key={key} {...props} />;
  };
  const radios = OUTCOME_STATUSES.map((s) => ({ s, ...getInputProps(fields.status, { type: "radio", value: s }) }));
  return (
    <div>
      <h1>{ask.months === 0 ? t("ask.baselineTitle") : t("ask.heading", { count: ask.months })}</h1>
      <p className="lead">{ask.months === 0 ? t("ask.baselineIntro") : t("ask.intro", { course: ask.courseTitle })}</p>
      {ask.answeredAt ? (
        <>
          <StatusMessage>{t("ask.thanks", { date: formatDate(locale, ask.answeredAt) })}</StatusMessage>
          <p>
            <Link to="/learn">{t("ask.back")}</Link>
          </p>
        </>
      ) : !ask.open ? (
        <p>{t("ask.notOpen")}</p>
      ) : (
        <Form method="post" className="stack narrow-form" {...getFormProps(form)}>
          <FormErrors form={form} />
          <fieldset className={fields.status.errors ? "field has-error" : "field"}>
            <legend>{ask.months === 0 ? t("ask.statusBefore") : t("ask.status")}</legend>
            {fields.status.errors ? (
              <p className="error" id={fields.status.errorId}>
                {t("errors.status")}
              </p>
            ) : null}
            {radios.map(({ s, key, ...props }) => (
              <label key={key ?? s} className="choice">
                <input {...props} /> {t(`status.${s}`)}
              </label>
            ))}
          </fieldset>
          <SelectField meta={fields.employerKind} label={t("ask.employerKind")}>
            <option value="">{t("ask.choose")}</option>
            {EMPLOYER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`employer.${k}`)}
              </option>
            ))}
          </SelectField>
          <Field meta={fields.hoursPerWeek} type="number" label={t("ask.hours")} hint={t("ask.ifWorking")} min={1} max={168} inputMode="numeric" />
          <SelectField meta={fields.incomeBand} label={t("ask.income")} required>
            <option value="">{t("ask.choose")}</option>
            {INCOME_BANDS.map((b) => (
              <option key={b} value={b}>
                {incomeBandLabel(t, locale, b)}
              </option>
            ))}
          </SelectField>
          <fieldset className="field">
            <legend>{t("ask.consentTitle")}</legend>
            <p className="hint">{t("ask.consentHint")}</p>
            <label className="choice">
              {checkbox(fields.consentFunder)} {t("ask.consentFunder")}
            </label>
            <label className="choice">
              {checkbox(fields.consentPartner)} {t("ask.consentPartner")}
            </label>
          </fieldset>
          <button type="submit" className="button">
            {t("ask.submit")}
          </button>
        </Form>
      )}
    </div>
  );
}
