import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import type { z } from "zod";
import { readForm, type FormRead } from "~/http/form.server";
import { message, type MessageParams } from "./message";
import type { FormReply } from "./reply";

export type { FormReply };

const READ_ERRORS: Record<Exclude<FormRead, { ok: true }>["error"], string> = {
  tooLarge: "common:errors.formTooLarge",
  unsupportedType: "common:errors.formUnsupported",
  malformed: "common:errors.formMalformed",
};

const NAMED_KEY = /^[a-z]+:[\w.]+$/i;

/** A schema may name its own key ("ns:key"); otherwise a generic one by kind. Limits become values. */
function issueMessage(issue: z.core.$ZodIssue): string {
  const limit: { min?: number; max?: number } | undefined =
    issue.code === "too_small" && "minimum" in issue
      ? { min: Number(issue.minimum) }
      : issue.code === "too_big" && "maximum" in issue
        ? { max: Number(issue.maximum) }
        : undefined;
  if (NAMED_KEY.test(issue.message)) return message(issue.message, limit as MessageParams | undefined);
  if (limit?.min !== undefined) return limit.min <= 1 ? message("common:form.required") : message("common:form.tooShort", { min: limit.min });
  if (limit?.max !== undefined) return message("common:form.tooLong", { max: limit.max });
  if (issue.code === "invalid_type" && issue.input === undefined) return message("common:form.required");
  return message("common:form.invalid");
}

// Never send back more than a field could hold: a megabyte typed into a name
// must not come back inside the page.
const KEEP_CHARS = 20_000;
const KEEP_ITEMS = 20;
function trimmed(value: unknown): unknown {
  if (typeof value === "string") return value.slice(0, KEEP_CHARS);
  if (Array.isArray(value)) return value.slice(0, KEEP_ITEMS).map(trimmed);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimmed(v)]));
  return value;
}

/** What replyWith needs of a parsed submission, whatever its schema. */
export interface Sent {
  payload: Record<string, unknown>;
  reply(options?: Omit<ReplyOptions, "status" | "headers">): SubmissionResult<string[]>;
}

interface ReplyOptions {
  status?: number;
  formErrors?: string[];
  fieldErrors?: Record<string, string[]>;
  /** Fields never echoed back (passwords). */
  hideFields?: string[];
  headers?: HeadersInit;
}

/** The action's answer to a form that did not go through: the reply, with a 4xx status. */
export function replyWith(submission: Sent, { status = 400, headers, ...options }: ReplyOptions = {}) {
  const result = submission.reply(options);
  return data({ ...result, initialValue: trimmed(result.initialValue) } as FormReply, { status, headers });
}

type Parsed<S extends z.ZodType> =
  | { ok: true; value: z.output<S>; submission: Sent }
  | { ok: false; reply: ReturnType<typeof replyWith> };

/**
 * Reads the form through the size-capped reader and validates it with
 * Conform. A body that cannot be read, or values that do not fit the schema,
 * come back as the reply to send (a 4xx with translated message keys).
 */
export async function parseSubmission<S extends z.ZodType>(
  request: Request,
  schema: S,
  options: { maxBytes?: number; hideFields?: string[] } = {},
): Promise<Parsed<S>> {
  const read = await readForm(request, options.maxBytes);
  if (!read.ok) {
    const unread: FormReply = { status: "error", initialValue: {}, error: { "": [message(READ_ERRORS[read.error])] } };
    return { ok: false, reply: data(unread, { status: read.status }) };
  }
  return validateSubmission(read.form, schema, options);
}

/** Validates a form already read (a multipart upload's fields, say) as parseSubmission does. */
export function validateSubmission<S extends z.ZodType>(form: URLSearchParams | FormData, schema: S, options: { hideFields?: string[] } = {}): Parsed<S> {
  const submission = parseWithZod(form, {
    schema,
    formatError: (issues: z.core.$ZodIssue[]) => [...new Set(issues.map(issueMessage))],
  });
  if (submission.status !== "success") {
    return { ok: false, reply: replyWith(submission, { hideFields: options.hideFields }) };
  }
  return { ok: true, value: submission.value, submission };
}

/** The reply to a form whose body could not be read, shown on the form that sent it. */
export function unreadReply(error: keyof typeof READ_ERRORS, status: number, sent: Record<string, string> = {}) {
  const unread: FormReply = { status: "error", initialValue: sent, error: { "": [message(READ_ERRORS[error])] } };
  return data(unread, { status });
}
