import { z } from "zod";
import { DELIVERABLE_MAX_BYTES, WORK_KINDS, WORK_PAY_KINDS } from "#db/values";
import { isValidIsoDate } from "~/domain/calendar";
import { LOCALES } from "~/i18n/config";

export { DELIVERABLE_MAX_BYTES };

const text = (max: number) => z.string().trim().max(max).optional().default("");

/** The checklist field: one line per item, blank lines dropped. */
export function checklistLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * A new work order. Title and description come in one to three languages:
 * at least one title, and a description wherever there is a title.
 */
export const workOrderSchema = z
  .object({
    organisationId: z.string().regex(/^\d+$/, "common:form.invalid"),
    titleEn: text(120),
    titleUk: text(120),
    titleJa: text(120),
    descriptionEn: text(4000),
    descriptionUk: text(4000),
    descriptionJa: text(4000),
    kind: z.enum(WORK_KINDS),
    courses: z.array(z.string().max(100)).min(1, "common:form.chooseOne").max(20),
    languages: z.array(z.enum(LOCALES)).min(1, "common:form.chooseOne"),
    teamSize: z.coerce.number().int().min(1).max(5),
    estimatedHours: z.coerce.number().int().min(1).max(2000),
    payKind: z.enum(WORK_PAY_KINDS),
    payYen: z.coerce.number().int().min(0).max(100_000_000),
    deadline: z.string().refine(isValidIsoDate, "team:trainer.invalidDate"),
    checklist: z
      .string()
      .max(4000)
      .optional()
      .default("")
      .refine((v) => checklistLines(v).length <= 30, "work:form.checklistTooLong")
      .refine((v) => checklistLines(v).every((l) => l.length <= 200), "work:form.checklistLineTooLong"),
    firmMayBeNamed: z.literal("yes").optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.titleEn && !v.titleUk && !v.titleJa) ctx.addIssue({ code: "custom", message: "work:form.titleNeeded", path: ["titleEn"] });
    for (const [title, description] of [
      ["titleEn", "descriptionEn"],
      ["titleUk", "descriptionUk"],
      ["titleJa", "descriptionJa"],
    ] as const) {
      if (v[title] && !v[description]) ctx.addIssue({ code: "custom", message: "work:form.descriptionNeeded", path: [description] });
    }
  });

export type WorkOrderInput = z.output<typeof workOrderSchema>;

/** The form's fields as the browser sends them. */
export type WorkOrderFields = { [K in Exclude<keyof WorkOrderInput, "courses" | "languages">]: string } & { courses: string[]; languages: string[] };
