import { claimSubmissionKey, releaseSubmissionKey } from "~/models/submission-keys.server";

/** The header a queued offline submission carries (see app/offline/outbox.ts). */
export const SUBMISSION_KEY_HEADER = "Kumi-Submission-Key";
const KEY = /^[A-Za-z0-9-]{16,64}$/;

/**
 * Runs an action's work once per submission key. A request without a key (a
 * form sent online, or without JavaScript) just runs. A key seen before is
 * answered 409 without running anything: the phone then knows its copy arrived
 * earlier (thrown, so the action's own answer type stays as it is). When the work throws, the key is forgotten so that a retry can succeed.
 */
export async function oncePerSubmission<T>(request: Request, userId: number, work: () => T | Promise<T>): Promise<T> {
  const key = request.headers.get(SUBMISSION_KEY_HEADER);
  if (key === null) return work();
  if (!KEY.test(key)) throw new Response("Bad submission key", { status: 400 });
  if (!claimSubmissionKey(userId, key)) throw new Response("Already received", { status: 409 });
  try {
    return await work();
  } catch (error) {
    // A redirect or a 4xx answer thrown on purpose is still an answer: the key stays used.
    if (!(error instanceof Response) || error.status >= 500) releaseSubmissionKey(userId, key);
    throw error;
  }
}
