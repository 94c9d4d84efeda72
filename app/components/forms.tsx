import {
  getCollectionProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type FieldMetadata,
  type FormMetadata,
} from "@conform-to/react";
import { useEffect, useRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { useLocation } from "@remix-run/react";
import { useMessageText } from "~/i18n/use-message-text";
import { useTranslation } from "react-i18next";

// Any field's metadata: the components read only what every field has.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FieldMeta = FieldMetadata<any, any, string[]>;
type Meta = FieldMeta;

/**
 * A form that creates something (a check-in, a help request, a reply) starts
 * empty again once it has worked, so that nobody posts the same text twice.
 * Success is a redirect, which is a new location; a refusal answers in place
 * and keeps what was typed. The browser's own form reset restores the fields'
 * defaults (Conform follows the reset event); without JavaScript the page
 * reloads anyway.
 */
export function useClearAfterSuccess(formId: string) {
  const { key } = useLocation();
  const shown = useRef(key);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    const form = document.getElementById(formId);
    if (form instanceof HTMLFormElement) form.reset();
  }, [key, formId]);
}

/** The id'd message a field's aria-describedby points at. */
export function FieldError({ meta }: { meta: Meta }) {
  const text = useMessageText()(meta.errors);
  return text ? (
    <p className="error" id={meta.errorId}>
      {text}
    </p>
  ) : null;
}

/**
 * The form-level error area: what went wrong with the form as a whole, or a
 * summary pointing at the fields marked below.
 */
export function FormErrors({ form, summary = "common:form.checkFields" }: { form: Pick<FormMetadata, "name" | "errors" | "allErrors" | "errorId">; summary?: string }) {
  const { t } = useTranslation();
  const text = useMessageText()(form.errors);
  const fieldsInvalid = Object.entries(form.allErrors).some(([name, errors]) => name !== form.name && errors.length > 0);
  const shown = text ?? (fieldsInvalid ? t(summary) : undefined);
  return shown ? (
    <div className="form-error" role="alert" id={form.errorId}>
      {shown}
    </div>
  ) : null;
}

function FieldFrame({ meta, label, hint, children }: { meta: Meta; label: ReactNode; hint?: string; children: ReactNode }) {
  return (
    <div className={meta.errors ? "field has-error" : "field"}>
      <label htmlFor={meta.id}>{label}</label>
      {hint ? (
        <p className="hint" id={meta.descriptionId}>
          {hint}
        </p>
      ) : null}
      <FieldError meta={meta} />
      {children}
    </div>
  );
}

/** A labelled input whose hint and error are announced with it. */
export function Field({
  meta,
  label,
  hint,
  type = "text",
  ...rest
}: { meta: Meta; label: string; hint?: string; type?: "text" | "email" | "password" | "date" | "time" | "number" | "url" } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "type" | "name" | "id"
>) {
  const { key, ...input } = getInputProps(meta, { type, ariaDescribedBy: hint ? meta.descriptionId : undefined });
  return (
    <FieldFrame meta={meta} label={label} hint={hint}>
      <input key={key} {...input} {...rest} />
    </FieldFrame>
  );
}

export function TextareaField({
  meta,
  label,
  hint,
  ...rest
}: { meta: Meta; label: string; hint?: string } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">) {
  const { key, ...textarea } = getTextareaProps(meta, { ariaDescribedBy: hint ? meta.descriptionId : undefined });
  return (
    <FieldFrame meta={meta} label={label} hint={hint}>
      <textarea key={key} {...textarea} {...rest} />
    </FieldFrame>
  );
}

export function SelectField({
  meta,
  label,
  children,
  ...rest
}: { meta: Meta; label: string; children: ReactNode } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id">) {
  const { key, ...select } = getSelectProps(meta);
  return (
    <FieldFrame meta={meta} label={label}>
      <select key={key} {...select} {...rest}>
        {children}
      </select>
    </FieldFrame>
  );
}

interface Option {
  value: string;
  label: string;
  lang?: string;
}

/** A fieldset of checkboxes (or radios) that works without JavaScript. */
export function CheckGroup({ meta, legend, options, type = "checkbox" }: { meta: Meta; legend: string; options: Option[]; type?: "checkbox" | "radio" }) {
  const inputs = getCollectionProps(meta, { type, options: options.map((o) => o.value) });
  return (
    <fieldset className={meta.errors ? "field has-error" : "field"} aria-invalid={meta.errors ? true : undefined} aria-describedby={meta.errors ? meta.errorId : undefined}>
      <legend>{legend}</legend>
      <FieldError meta={meta} />
      {inputs.map(({ key, ...input }, i) => (
        <label key={key} className="choice" lang={options[i]!.lang}>
          <input {...input} /> {options[i]!.label}
        </label>
      ))}
    </fieldset>
  );
}

// Conform-free, for the pages a learner loads first; still importable from here.
export { IntentForm, StatusMessage } from "./intent-form";
