import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { WORK_KINDS, WORK_PAY_KINDS } from "#db/values";
import { CheckGroup, Field, FieldError, FormErrors, SelectField, TextareaField } from "~/components/forms";
import { checklistLines, workOrderSchema, type WorkOrderFields } from "~/forms/work-order";
import { parseSubmission, replyWith } from "~/forms/submission.server";
import { getCourse, listCourses } from "~/curriculum/index.server";
import { todayIn } from "~/domain/calendar";
import { requestLocale } from "~/http/locale.server";
import { LOCALES, LOCALE_NAMES } from "~/i18n/config";
import { serverT } from "~/i18n/resources.server";
import { createOrder } from "~/models/work/orders.server";
import { requireOrderPoster } from "~/policies/index.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "kumi" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { firms } = requireOrderPoster(request, context);
  const locale = requestLocale(request, context);
  return {
    firms: firms.map((f) => ({ id: f.id, name: f.name })),
    courses: listCourses().map((c) => ({ id: c.id, title: c.title[locale] })),
    today: todayIn("Asia/Tokyo"),
    locale,
    title: `${serverT(locale)("work:new.title")} · kumi`,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { user, firms } = requireOrderPoster(request, context);
  const form = await parseSubmission(request, workOrderSchema);
  if (!form.ok) return form.reply;
  const v = form.value;
  const organisationId = Number(v.organisationId);
  if (!firms.some((f) => f.id === organisationId)) return replyWith(form.submission, { fieldErrors: { organisationId: ["common:form.invalid"] } });
  if (!v.courses.every((c) => getCourse(c))) return replyWith(form.submission, { fieldErrors: { courses: ["common:form.invalid"] } });
  const order = createOrder({
    organisationId,
    title: { ...(v.titleEn && { en: v.titleEn }), ...(v.titleUk && { uk: v.titleUk }), ...(v.titleJa && { ja: v.titleJa }) },
    description: { ...(v.titleEn && { en: v.descriptionEn }), ...(v.titleUk && { uk: v.descriptionUk }), ...(v.titleJa && { ja: v.descriptionJa }) },
    kind: v.kind,
    requiredCourses: [...new Set(v.courses)],
    languages: [...new Set(v.languages)],
    teamSize: v.teamSize,
    estimatedHours: v.estimatedHours,
    payKind: v.payKind,
    payYen: v.payYen,
    deadline: v.deadline,
    firmMayBeNamed: v.firmMayBeNamed === "yes",
    checklist: checklistLines(v.checklist),
    createdBy: user.id,
  });
  return redirect(`/work/${order.id}?ok=posted`, 303);
}

export default function NewWorkOrder() {
  const { t } = useTranslation("work");
  const data = useLoaderData<typeof loader>();
  const [form, fields] = useForm<WorkOrderFields>({
    id: "work-order-form",
    lastResult: useActionData<typeof action>(),
    defaultValue: { organisationId: String(data.firms[0]?.id ?? ""), kind: "build_bot", payKind: "hourly", teamSize: "1", languages: [data.locale] },
  });
  const { key: namedKey, ...named } = getInputProps(fields.firmMayBeNamed, { type: "checkbox", value: "yes" });
  return (
    <div className="wide">
      <p className="breadcrumb">
        <Link to="/work">{t("board.title")}</Link>
      </p>
      <h1>{t("new.title")}</h1>
      <FormErrors form={form} />
      <Form method="post" className="stack narrow-form" {...getFormProps(form)}>
        {data.firms.length > 1 ? (
          <SelectField meta={fields.organisationId} label={t("new.firm")}>
            {data.firms.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </SelectField>
        ) : (
          <input type="hidden" name="organisationId" value={data.firms[0]?.id} />
        )}
        <p className="hint">{t("new.languagesHint")}</p>
        {LOCALES.map((l) => {
          const suffix = l === "en" ? "En" : l === "uk" ? "Uk" : "Ja";
          return (
            <fieldset key={l} className="field" lang={l}>
              <legend>{LOCALE_NAMES[l]}</legend>
              <Field meta={fields[`title${suffix}`]} label={t("new.titleIn", { language: LOCALE_NAMES[l] })} maxLength={120} />
              <TextareaField meta={fields[`description${suffix}`]} label={t("new.descriptionIn", { language: LOCALE_NAMES[l] })} rows={4} maxLength={4000} />
            </fieldset>
          );
        })}
        <SelectField meta={fields.kind} label={t("new.kind")}>
          {WORK_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <CheckGroup meta={fields.courses} legend={t("new.courses")} options={data.courses.map((c) => ({ value: c.id, label: c.title }))} />
        <CheckGroup meta={fields.languages} legend={t("new.languages")} options={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l], lang: l }))} />
        <Field meta={fields.teamSize} label={t("new.teamSize")} type="number" min={1} max={5} required />
        <Field meta={fields.estimatedHours} label={t("new.estimatedHours")} type="number" min={1} max={2000} required />
        <CheckGroup meta={fields.payKind} type="radio" legend={t("new.payKind")} options={WORK_PAY_KINDS.map((k) => ({ value: k, label: t(`pay.${k}`) }))} />
        <Field meta={fields.payYen} label={t("new.payYen")} type="number" min={0} required />
        <Field meta={fields.deadline} label={t("new.deadline")} type="date" min={data.today} required />
        <TextareaField meta={fields.checklist} label={t("new.checklist")} hint={t("new.checklistHint")} rows={5} />
        <div className="field">
          <label className="choice">
            <input key={namedKey} {...named} /> {t("new.firmMayBeNamed")}
          </label>
          <FieldError meta={fields.firmMayBeNamed} />
        </div>
        <button type="submit" className="button">
          {t("new.submit")}
        </button>
      </Form>
    </div>
  );
}
