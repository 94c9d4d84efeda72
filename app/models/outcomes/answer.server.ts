import { and, desc, eq, isNotNull } from "drizzle-orm";
import { getConnection } from "#db/client";
import { outcomeReports } from "#db/schema-work";
import type { EmployerKind, IncomeBand, OutcomeStatus } from "#db/values";
import { getAsk, isOpen } from "./asks.server";

export interface OutcomeAnswer {
  status: OutcomeStatus;
  employerKind?: EmployerKind;
  hoursPerWeek?: number;
  incomeBand: IncomeBand;
  consentFunder: boolean;
  consentPartner: boolean;
}

export type AnswerResult = { ok: true } | { ok: false; reason: "notFound" | "notOpen" };

/**
 * Records her answer to one of her own open asks. Employer and hours are
 * kept only for "working": an answer never carries details she was not asked.
 */
export function answerOutcome(userId: number, askId: number, answer: OutcomeAnswer, now = new Date()): AnswerResult {
  const ask = getAsk(askId);
  if (!ask || ask.userId !== userId) return { ok: false, reason: "notFound" };
  if (!isOpen(ask, now)) return { ok: false, reason: "notOpen" };
  const working = answer.status === "working";
  getConnection()
    .db.update(outcomeReports)
    .set({
      status: answer.status,
      employerKind: working ? (answer.employerKind ?? null) : null,
      hoursPerWeek: working ? (answer.hoursPerWeek ?? null) : null,
      incomeBand: answer.incomeBand,
      consentFunder: answer.consentFunder,
      consentPartner: answer.consentPartner,
      answeredAt: now,
    })
    .where(eq(outcomeReports.id, askId))
    .run();
  return { ok: true };
}

export interface Consent {
  funder: boolean;
  partner: boolean;
}

/**
 * Her consent as her latest answer gave it: a later "no" withdraws an
 * earlier "yes" for every answer, board outcomes included. Nobody who never
 * answered has consented.
 */
export function latestConsent(userId: number): Consent {
  const row = getConnection()
    .db.select({ funder: outcomeReports.consentFunder, partner: outcomeReports.consentPartner })
    .from(outcomeReports)
    .where(and(eq(outcomeReports.userId, userId), eq(outcomeReports.source, "survey"), isNotNull(outcomeReports.answeredAt)))
    .orderBy(desc(outcomeReports.answeredAt), desc(outcomeReports.id))
    .get();
  return row ?? { funder: false, partner: false };
}
