import { redirect } from "@remix-run/node";
import { z } from "zod";
import { message } from "~/forms/message";
import { replyWith, type Sent } from "~/forms/submission.server";
import { notFound } from "~/http/responses.server";
import { cohortMembersWithNames } from "~/models/cohorts.server";
import { giveSessionFeedback } from "~/models/mentoring/sessions.server";
import { askForHelp, checkIn as saveWeeklyCheckIn, helpRequestOfCohort, nudge, replyToHelp, resolveHelp } from "~/models/team-life.server";
import type { User } from "~/models/users.server";
import { canCloseHelpRequest, type CohortRole } from "~/policies/index.server";

export const NOTES = ["checkInSaved", "helpSent", "nudgeSent", "joined", "feedbackSaved"] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const id = z.string().regex(/^\d+$/);

/** One schema per intent of the team board. */
export const checkInSchema = z.object({
  intent: z.literal("checkin"),
  did: text(2000),
  blockers: z.string().trim().max(2000).default(""),
  // The check-in the form showed, when it edits one.
  editing: id.optional(),
});
export const helpSchema = z.object({ intent: z.literal("help"), body: text(4000) });
export const replySchema = z.object({ intent: z.literal("reply"), requestId: id, body: text(4000) });
export const resolveSchema = z.object({ intent: z.literal("resolve"), requestId: id });
export const nudgeSchema = z.object({ intent: z.literal("nudge"), to: id });
export const feedbackSchema = z.object({
  intent: z.literal("feedback"),
  sessionId: id,
  rating: z.enum(["", "1", "2", "3", "4", "5"]).default(""),
  thanks: z.string().trim().max(1000).default(""),
});
export const teamBoardSchema = z.discriminatedUnion("intent", [checkInSchema, helpSchema, replySchema, resolveSchema, nudgeSchema, feedbackSchema]);

type Input = z.output<typeof teamBoardSchema>;
type Of<I extends Input["intent"]> = Extract<Input, { intent: I }>;

/** Who is acting where, as the route's access check found it. */
export interface BoardActor {
  user: User;
  cohortId: number;
  role: CohortRole;
  submission: Sent;
}

const back = (cohortId: number, ok: (typeof NOTES)[number] | null, hash = "") =>
  redirect(`/cohorts/${cohortId}${ok ? `?ok=${ok}` : ""}${hash}`, 303);

function checkIn(input: Of<"checkin">, { user, cohortId, submission }: BoardActor) {
  const saved = saveWeeklyCheckIn(cohortId, user.id, { did: input.did, blockers: input.blockers, editing: input.editing ? Number(input.editing) : null });
  if (!saved.ok) return replyWith(submission, { status: 409, formErrors: [message("team:checkIn.alreadyThisWeek")] });
  return back(cohortId, "checkInSaved", "#this-week");
}

function askHelp(input: Of<"help">, { user, cohortId }: BoardActor) {
  askForHelp(cohortId, user.id, input.body, null);
  return back(cohortId, "helpSent", "#help");
}

function answerHelp(input: Of<"reply"> | Of<"resolve">, { user, cohortId, role }: BoardActor) {
  const help = helpRequestOfCohort(cohortId, Number(input.requestId));
  if (!help) throw notFound();
  if (input.intent === "reply") replyToHelp(help.id, user.id, input.body);
  else if (canCloseHelpRequest(user, role, help)) resolveHelp(help.id);
  else throw notFound();
  return back(cohortId, null, `#help-${help.id}`);
}

function sessionFeedback(input: Of<"feedback">, { user, cohortId }: BoardActor) {
  const saved = giveSessionFeedback(Number(input.sessionId), user.id, input.rating ? Number(input.rating) : null, input.thanks || null);
  if (!saved) throw notFound();
  return back(cohortId, "feedbackSaved", "#sessions");
}

function nudgeMember(input: Of<"nudge">, { user, cohortId, submission }: BoardActor) {
  const result = nudge(cohortId, user.id, Number(input.to));
  if (result.ok) return back(cohortId, "nudgeSent", "#behind");
  if (result.reason === "tooSoon") {
    const name = cohortMembersWithNames(cohortId).find((m) => m.id === Number(input.to))?.name ?? "";
    return replyWith(submission, { status: 429, formErrors: [message("team:board.nudgeTooSoon", { name })] });
  }
  throw notFound();
}

/** Carries out one intent of the team board; the route has checked access. */
export function handleTeamBoardIntent(input: Input, actor: BoardActor) {
  switch (input.intent) {
    case "checkin":
      return checkIn(input, actor);
    case "help":
      return askHelp(input, actor);
    case "reply":
    case "resolve":
      return answerHelp(input, actor);
    case "feedback":
      return sessionFeedback(input, actor);
    case "nudge":
      return nudgeMember(input, actor);
  }
}
