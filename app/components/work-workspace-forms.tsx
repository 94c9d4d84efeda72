import { getFormProps, useForm } from "@conform-to/react";
import { Form, useActionData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CheckGroup, Field, FieldError, FormErrors, TextareaField, useClearAfterSuccess, type FieldMeta } from "~/components/forms";
import { replyFor, type FormReply } from "~/forms/reply";

// The workspace's forms. Each shows only its own reply (by intent and row) and
// keeps what was typed when it is refused.

function useIntentForm(id: string, intent: string, row?: [string, string | number], defaultValue?: Record<string, string>) {
  const [form, fields] = useForm<Record<string, string>>({ id, lastResult: replyFor(useActionData<FormReply>(), intent, row), defaultValue });
  return { form, fields: fields as Record<string, FieldMeta> };
}

function Frame({ form, intent, row, button, children }: { form: ReturnType<typeof useIntentForm>["form"]; intent: string; row?: [string, string | number]; button: string; children?: ReactNode }) {
  return (
    <Form method="post" className="stack narrow-form" {...getFormProps(form)}>
      <FormErrors form={form} />
      <input type="hidden" name="intent" value={intent} />
      {row ? <input type="hidden" name={row[0]} value={row[1]} /> : null}
      {children}
      <button type="submit" className="button">
        {button}
      </button>
    </Form>
  );
}

export function MessageForm() {
  const { t } = useTranslation("work");
  const { form, fields } = useIntentForm("message-form", "message");
  useClearAfterSuccess("message-form");
  return (
    <Frame form={form} intent="message" button={t("workspace.send")}>
      <TextareaField meta={fields.body!} label={t("workspace.message")} rows={3} maxLength={2000} required />
    </Frame>
  );
}

export function DeliverForm() {
  const { t } = useTranslation("work");
  const { form, fields } = useIntentForm("deliver-form", "deliver");
  return (
    <Frame form={form} intent="deliver" button={t("workspace.deliver")}>
      <Field meta={fields.url!} label={t("workspace.url")} hint={t("workspace.urlHint")} type="url" required />
      <TextareaField meta={fields.note!} label={t("workspace.deliveryNote")} rows={2} maxLength={1000} />
    </Frame>
  );
}

export function ReviewForm({ deliverableId }: { deliverableId: number }) {
  const { t } = useTranslation("work");
  const row: [string, number] = ["deliverableId", deliverableId];
  const { form, fields } = useIntentForm(`review-form-${deliverableId}`, "review", row);
  return (
    <Frame form={form} intent="review" row={row} button={t("workspace.sendReview")}>
      <CheckGroup
        meta={fields.decision!}
        type="radio"
        legend={t("workspace.decision")}
        options={[
          { value: "accept", label: t("workspace.accept") },
          { value: "changes", label: t("workspace.askChanges") },
        ]}
      />
      <TextareaField meta={fields.reviewNote!} label={t("workspace.reviewNote")} hint={t("workspace.reviewNoteHint")} rows={2} maxLength={1000} />
    </Frame>
  );
}

export function HoursForm({ today }: { today: string }) {
  const { t } = useTranslation("work");
  const { form, fields } = useIntentForm("hours-form", "hours", undefined, { workedOn: today });
  return (
    <Frame form={form} intent="hours" button={t("workspace.logHours")}>
      <Field meta={fields.workedOn!} label={t("workspace.workedOn")} type="date" max={today} required />
      <Field meta={fields.minutes!} label={t("workspace.minutes")} type="number" min={1} max={1440} required />
      <Field meta={fields.note!} label={t("workspace.hoursNote")} maxLength={500} />
    </Frame>
  );
}

export function PaymentForm({ today }: { today: string }) {
  const { t } = useTranslation("work");
  const { form, fields } = useIntentForm("payment-form", "payment", undefined, { paidOn: today });
  return (
    <Frame form={form} intent="payment" button={t("workspace.recordPayment")}>
      <Field meta={fields.paidOn!} label={t("workspace.paidOn")} type="date" required />
      <Field meta={fields.amountYen!} label={t("workspace.amountYen")} type="number" min={1} required />
      <Field meta={fields.note!} label={t("workspace.paymentNote")} maxLength={500} />
    </Frame>
  );
}

export function RateForm({ workerId, name }: { workerId: number; name: string }) {
  const { t } = useTranslation("work");
  const row: [string, number] | undefined = workerId ? ["workerId", workerId] : undefined;
  const { form, fields } = useIntentForm(`rate-form-${workerId}`, "rate", row);
  return (
    <Frame form={form} intent="rate" row={row} button={t("workspace.rate")}>
      <CheckGroup meta={fields.stars!} type="radio" legend={t("workspace.starsFor", { name })} options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t("workspace.stars", { count: n }) }))} />
      <TextareaField meta={fields.comment!} label={t("workspace.comment")} rows={2} maxLength={1000} />
    </Frame>
  );
}

/** A delivery as a file: a multipart form, which the browser sends as it is with or without JavaScript. */
export function DeliverFileForm({ maxMb }: { maxMb: number }) {
  const { t } = useTranslation("work");
  const { form, fields } = useIntentForm("deliver-file-form", "deliverFile");
  const file = fields.file!;
  return (
    <Form method="post" encType="multipart/form-data" className="stack narrow-form" {...getFormProps(form)}>
      <FormErrors form={form} />
      <input type="hidden" name="intent" value="deliverFile" />
      <div className={file.errors ? "field has-error" : "field"}>
        <label htmlFor={file.id}>{t("workspace.file")}</label>
        <p className="hint" id={file.descriptionId}>
          {t("workspace.fileHint", { max: maxMb })}
        </p>
        <FieldError meta={file} />
        <input type="file" id={file.id} name="file" required aria-describedby={file.errors ? `${file.descriptionId} ${file.errorId}` : file.descriptionId} aria-invalid={file.errors ? true : undefined} />
      </div>
      <TextareaField meta={fields.note!} label={t("workspace.deliveryNote")} rows={2} maxLength={1000} />
      <button type="submit" className="button">
        {t("workspace.deliverFile")}
      </button>
    </Form>
  );
}
