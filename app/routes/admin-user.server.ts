import { redirect } from "@remix-run/node";
import { z } from "zod";
import { ROLES } from "#db/values";
import { message } from "~/forms/message";
import { replyWith, type Sent } from "~/forms/submission.server";
import { disableAccount, enableAccount, resendVerificationFor, sendResetLinkFor, setRoles, type AdminActionResult } from "~/models/admin/account-actions.server";

export const DONE = ["roles", "disable", "enable", "sendReset", "resendVerification"] as const;

export const adminUserSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("roles"), roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]) }),
  z.object({ intent: z.literal("disable") }),
  z.object({ intent: z.literal("enable") }),
  z.object({ intent: z.literal("sendReset") }),
  z.object({ intent: z.literal("resendVerification") }),
]);

type Input = z.output<typeof adminUserSchema>;

function answer(result: AdminActionResult, userId: number, intent: Input["intent"], submission: Sent) {
  if (result.ok) return redirect(`/admin/users/${userId}?done=${intent}`, 303);
  const status = result.reason === "notFound" ? 404 : 409;
  return replyWith(submission, { status, formErrors: [message(`account:admin.refused.${result.reason}`)] });
}

/** One admin action on one account; the route has checked that the viewer is an admin. */
export function handleAdminUserIntent(input: Input, adminId: number, userId: number, submission: Sent) {
  switch (input.intent) {
    case "roles":
      return answer(setRoles(adminId, userId, input.roles), userId, input.intent, submission);
    case "disable":
      return answer(disableAccount(adminId, userId), userId, input.intent, submission);
    case "enable":
      return answer(enableAccount(adminId, userId), userId, input.intent, submission);
    case "sendReset":
      return answer(sendResetLinkFor(adminId, userId), userId, input.intent, submission);
    case "resendVerification":
      return answer(resendVerificationFor(adminId, userId), userId, input.intent, submission);
  }
}
