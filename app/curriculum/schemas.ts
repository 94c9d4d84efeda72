import { z } from "zod";

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and single hyphens");

const localised = z.object({
  en: z.string().trim().min(1),
  uk: z.string().trim().min(1),
  ja: z.string().trim().min(1),
});

export const courseSchema = z.strictObject({
  id,
  title: localised,
  summary: localised,
  level: z.enum(["beginner", "intermediate", "advanced"]),
  hours: z.number().positive().max(1000),
  modules: z.array(id).min(1),
});

export const moduleSchema = z.strictObject({
  id,
  title: localised,
  summary: localised,
});

const option = z.strictObject({
  id: z.string().min(1),
  text: z.string().trim().min(1),
  correct: z.boolean().default(false),
});

const choiceQuestion = z
  .strictObject({
    id: z.string().min(1),
    type: z.enum(["single", "multiple"]),
    prompt: z.string().trim().min(1),
    options: z.array(option).min(2),
    explanation: z.string().trim().optional(),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (correct === 0) ctx.addIssue({ code: "custom", message: "has no correct option", path: ["options"] });
    if (q.type === "single" && correct > 1)
      ctx.addIssue({ code: "custom", message: "is single choice but marks several options correct", path: ["options"] });
    const ids = q.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: "custom", message: "has duplicate option ids", path: ["options"] });
  });

const shortQuestion = z.strictObject({
  id: z.string().min(1),
  type: z.literal("short"),
  prompt: z.string().trim().min(1),
  accept: z.array(z.coerce.string().trim().min(1)).min(1),
  explanation: z.string().trim().optional(),
});

// What a reviewing teammate or mentor checks in an exercise, and what "accept" and
// "ask for changes" look like for that point. Shown on the review screen.
const rubricItem = z.strictObject({
  check: z.string().trim().min(1),
  accept: z.string().trim().min(1),
  changes: z.string().trim().min(1),
});

export const lessonFrontMatterSchema = z
  .strictObject({
    id,
    title: z.string().trim().min(1),
    minutes: z.number().int().min(1).max(240),
    kind: z.enum(["reading", "exercise", "quiz", "team-activity"]),
    draft: z.boolean().default(false),
    submit: z.enum(["text", "link"]).optional(),
    passMark: z.number().min(0).max(100).optional(),
    questions: z.array(z.union([shortQuestion, choiceQuestion])).optional(),
    rubric: z.array(rubricItem).min(1).optional(),
    source: z
      .string({ error: 'must be the quoted hash written by content:stamp, e.g. source: "0a1b2c3d4e5f"' })
      .regex(/^[0-9a-f]{12}$/, "must be the 12-character hash written by content:stamp")
      .optional(),
  })
  .superRefine((fm, ctx) => {
    if (fm.kind === "quiz") {
      if (!fm.questions?.length) ctx.addIssue({ code: "custom", message: "a quiz needs questions", path: ["questions"] });
      if (fm.passMark === undefined) ctx.addIssue({ code: "custom", message: "a quiz needs passMark", path: ["kind"] });
      const ids = fm.questions?.map((q) => q.id) ?? [];
      if (new Set(ids).size !== ids.length)
        ctx.addIssue({ code: "custom", message: "duplicate question ids", path: ["questions"] });
    } else if (fm.questions) {
      ctx.addIssue({ code: "custom", message: `questions are only allowed on quizzes, not on ${fm.kind}`, path: ["questions"] });
    }
    if (fm.rubric && fm.kind !== "exercise")
      ctx.addIssue({ code: "custom", message: `a rubric is only allowed on exercises, not on ${fm.kind}`, path: ["rubric"] });
    if (fm.kind === "exercise" && !fm.rubric)
      ctx.addIssue({ code: "custom", message: "an exercise needs a rubric (what the reviewer checks)", path: ["kind"] });
    if (fm.kind === "exercise" && !fm.submit)
      ctx.addIssue({ code: "custom", message: "an exercise needs submit: text or submit: link", path: ["kind"] });
  });

export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;
