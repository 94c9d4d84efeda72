import { queueOutcomeAskMails } from "../outcomes/ask-mail.server";
import { queueDueDigests } from "./digest.server";
import { queueSponsoredFinishedMails, queueWaitingLearnerMails } from "./staff-mail.server";
import { queueWeeklySummaries } from "./weekly-summary.server";

/**
 * Everything that queues e-mail on a clock. Each part is idempotent (a
 * dedupe key per person and day or week), so running it every minute, after
 * a restart or from two processes queues each e-mail once.
 */
export function runMailSchedules(now: Date): void {
  queueDueDigests(now);
  queueWeeklySummaries(now);
  queueWaitingLearnerMails(now);
  queueSponsoredFinishedMails(now);
  queueOutcomeAskMails(now);
}
