import type { SubmissionResult } from "@conform-to/react";

/** What every action answers a form with when it does not redirect: Conform's reply. */
export type FormReply = SubmissionResult<string[]>;

/**
 * A page with several forms gets one reply; only the form that was sent may
 * show it, known by its intent (and, for forms repeated in a list, the row).
 */
export function replyFor<R extends FormReply>(
  reply: R | undefined,
  intent: string,
  row?: [field: string, value: string | number],
): R | undefined {
  const sent = reply?.initialValue as Record<string, unknown> | null | undefined;
  if (!sent || sent.intent !== intent) return undefined;
  if (row && sent[row[0]] !== String(row[1])) return undefined;
  return reply;
}
