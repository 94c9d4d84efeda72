import { data } from "@remix-run/node";
import type { z } from "zod";
import { readForm, type FormRead } from "./form.server";

/** A translated message: an i18n key ("ns:key") and its values. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

export interface FormFailure {
  ok: false;
  status: number;
  formError?: Message;
  fieldErrors: Record<string, Message>;
  /** What was typed, to refill the form. */
  values: Record<string, string | string[]>;
}

const READ_ERRORS: Record<Exclude<FormRead, { ok: true }>["error"], string> = {
  tooLarge: "common:errors.formTooLarge",
  unsupportedType: "common:errors.formUnsupported",
  malformed: "common:errors.formMalformed",
};

function issueMessage(issue: z.core.$ZodIssue): Message {
  // Schemas may name their own key ("ns:key"); otherwise a generic one by kind.
  if (issue.message.includes(":") && !issue.message.includes(" ")) return { key: issue.message };
  if (issue.code === "too_small" && "minimum" in issue) {
    return Number(issue.minimum) <= 1 ? { key: "common:form.required" } : { key: "common:form.tooShort", params: { min: Number(issue.minimum) } };
  }
  if (issue.code === "too_big" && "maximum" in issue) return { key: "common:form.tooLong", params: { max: Number(issue.maximum) } };
  if (issue.code === "invalid_type" && issue.input === undefined) return { key: "common:form.required" };
  return { key: "common:form.invalid" };
}

/**
 * Reads a urlencoded form (size-capped), validates it with zod and returns
 * either the data or everything the page needs to show the errors and refill
 * the fields. `arrays` names the fields that may repeat (checkbox groups).
 */
export async function parseForm<T extends z.ZodType>(
  request: Request,
  schema: T,
  options: { arrays?: string[]; maxBytes?: number } = {},
): Promise<{ ok: true; data: z.infer<T>; values: Record<string, string | string[]> } | FormFailure> {
  const read = await readForm(request, options.maxBytes);
  if (!read.ok) return { ok: false, status: read.status, formError: { key: READ_ERRORS[read.error] }, fieldErrors: {}, values: {} };
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(read.form.keys())) {
    values[key] = options.arrays?.includes(key) ? read.form.getAll(key) : (read.form.get(key) ?? "");
  }
  for (const key of options.arrays ?? []) values[key] ??= [];
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data, values };
  const fieldErrors: Record<string, Message> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "_form");
    fieldErrors[field] ??= issueMessage(issue);
  }
  // Never send back more than a field could hold.
  const kept = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v.slice(0, 20).map((x) => x.slice(0, 200)) : v.slice(0, 5000)]),
  );
  return { ok: false, status: 400, fieldErrors, values: kept, formError: { key: "common:form.checkFields" } };
}

export function formFailure(failure: {
  status: number;
  formError?: Message;
  fieldErrors?: Record<string, Message>;
  values?: FormFailure["values"];
}) {
  return data(
    { formError: failure.formError, fieldErrors: failure.fieldErrors ?? {}, values: failure.values ?? {} },
    { status: failure.status },
  );
}

export type ActionFailure = { formError?: Message; fieldErrors: Record<string, Message>; values: FormFailure["values"] };
