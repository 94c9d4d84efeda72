import { z } from "zod";
import { EMPLOYER_KINDS, INCOME_BANDS, OUTCOME_STATUSES } from "#db/values";

/**
 * An answer to an outcome ask. Consent for each use is its own checkbox,
 * unticked unless she ticks it. Employer and hours are asked only of someone
 * working, and then required.
 */
export const outcomeAnswerSchema = z
  .object({
    status: z.enum(OUTCOME_STATUSES, { message: "outcomes:errors.status" }),
    employerKind: z.enum(EMPLOYER_KINDS, { message: "outcomes:errors.employerKind" }).optional(),
    hoursPerWeek: z.coerce.number({ message: "outcomes:errors.hours" }).int("outcomes:errors.hours").min(1, "outcomes:errors.hours").max(168, "outcomes:errors.hours").optional(),
    incomeBand: z.enum(INCOME_BANDS, { message: "outcomes:errors.incomeBand" }),
    consentFunder: z.literal("yes").optional(),
    consentPartner: z.literal("yes").optional(),
  })
  .superRefine((v, ctx) => {
    if (v.status !== "working") return;
    if (!v.employerKind) ctx.addIssue({ code: "custom", path: ["employerKind"], message: "outcomes:errors.employerKind" });
    if (v.hoursPerWeek === undefined) ctx.addIssue({ code: "custom", path: ["hoursPerWeek"], message: "outcomes:errors.hours" });
  });

export type OutcomeAnswerInput = z.output<typeof outcomeAnswerSchema>;
