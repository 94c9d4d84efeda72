import { z } from "zod";

/**
 * The schema of an intent that affects other people (ending a mentorship,
 * revoking a link, marking a team activity for everyone). Its form asks first
 * and sends `confirm=yes` only from the confirmation step; a request without
 * it is refused with a translated message (400) and nothing changes.
 */
export function confirmed<S extends z.ZodRawShape>(shape: S) {
  return z
    .object({ ...shape, confirm: z.string().optional() })
    .refine((v) => (v as { confirm?: string }).confirm === "yes", { message: "common:confirm.required" });
}
