import { redirect, type AppLoadContext } from "@remix-run/node";
import { z } from "zod";
import { DELIVERIES, MEETING_SLOTS } from "#db/values";
import { isTimeZoneId } from "~/i18n/time-zones";
import { LIMITS } from "~/forms/auth-fields";
import { message } from "~/forms/message";
import { replyWith, type Sent } from "~/forms/submission.server";
import { endSession } from "~/http/auth.server";
import { cookieShouldBeSecure } from "~/http/cookies.server";
import { LOCALES } from "~/i18n/config";
import { localeCookie } from "~/i18n/negotiate.server";
import { passwordMatches, storePassword } from "~/models/accounts/credentials.server";
import { deleteAccount } from "~/models/accounts/deletion.server";
import { requestEmailChange } from "~/models/accounts/email-change.server";
import { checkPassword } from "~/models/accounts/password-rules.server";
import { PREFERENCE_KINDS, savePreferences } from "~/models/accounts/notification-choices.server";
import { updateAvailability, updateProfile } from "~/models/accounts/profile.server";
import { endOtherSessions, signOutEverywhere } from "~/models/accounts/sign-out.server";
import type { User } from "~/models/users.server";

/** Notes the page shows after a section was saved. */
export const SAVED = ["profile", "availability", "email", "password", "notifications"] as const;

const password = (key: string) =>
  z.string({ error: key }).min(1, key).max(LIMITS.passwordMax, "auth:errors.passwordTooLong");

export const accountSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("profile"),
    name: z.string({ error: "auth:errors.nameRequired" }).trim().min(1, "auth:errors.nameRequired").max(LIMITS.nameMax, "auth:errors.nameTooLong"),
    locale: z.enum(LOCALES, { error: "auth:errors.languageInvalid" }),
    timeZone: z.string({ error: "team:trainer.invalidTimeZone" }).max(64).refine(isTimeZoneId, "team:trainer.invalidTimeZone"),
  }),
  z.object({ intent: z.literal("availability"), slots: z.array(z.enum(MEETING_SLOTS)).max(MEETING_SLOTS.length).default([]) }),
  z.object({
    intent: z.literal("email"),
    email: z
      .string({ error: "auth:errors.emailRequired" })
      .trim()
      .min(1, "auth:errors.emailRequired")
      .max(LIMITS.emailMax, "auth:errors.emailTooLong")
      .pipe(z.email({ error: "auth:errors.emailInvalid" })),
    currentPassword: password("account:errors.currentPasswordRequired"),
  }),
  z.object({
    intent: z.literal("password"),
    currentPassword: password("account:errors.currentPasswordRequired"),
    newPassword: password("auth:errors.passwordRequired"),
  }),
  z.object({ intent: z.literal("signOutEverywhere") }),
  z.object({
    intent: z.literal("notifications"),
    ...Object.fromEntries(PREFERENCE_KINDS.map((kind) => [kind, z.enum(DELIVERIES, { error: "common:form.invalid" }).optional()])),
  }),
  z.object({
    intent: z.literal("delete"),
    currentPassword: password("account:errors.currentPasswordRequired"),
    certificatePage: z.enum(["keep", "remove"], { error: "account:errors.chooseCertificatePage" }),
  }),
]);

/** Never sent back to the page. */
export const ACCOUNT_SECRETS = ["currentPassword", "newPassword"];

type Input = z.output<typeof accountSchema>;
type Of<I extends Input["intent"]> = Extract<Input, { intent: I }>;

interface Actor {
  user: User;
  request: Request;
  context: AppLoadContext;
  submission: Sent;
}

const saved = (what: (typeof SAVED)[number], headers?: HeadersInit) => redirect(`/account?saved=${what}#${what}`, { status: 303, headers });

const wrongPassword = (submission: Sent) =>
  replyWith(submission, { status: 403, fieldErrors: { currentPassword: [message("account:errors.wrongPassword")] }, hideFields: ACCOUNT_SECRETS });

function profile(input: Of<"profile">, { user, request }: Actor) {
  updateProfile(user.id, input);
  // The page after the redirect is already in the chosen language.
  return saved("profile", { "Set-Cookie": localeCookie(input.locale, cookieShouldBeSecure(request)) });
}

async function changePassword(input: Of<"password">, { user, context, submission }: Actor) {
  if (!(await passwordMatches(user.id, input.currentPassword))) return wrongPassword(submission);
  const rule = checkPassword(input.newPassword, [user.name, user.email]);
  if (!rule.ok) return replyWith(submission, { fieldErrors: { newPassword: [message(rule.reason)] }, hideFields: ACCOUNT_SECRETS });
  await storePassword(user.id, input.newPassword);
  // Whoever else held a session (a lost phone, a shared computer) is signed out.
  if (context.viewer) endOtherSessions(user.id, context.viewer.sessionId);
  return saved("password");
}

async function changeEmail(input: Of<"email">, { user, submission }: Actor) {
  if (!(await passwordMatches(user.id, input.currentPassword))) return wrongPassword(submission);
  // The same answer whether or not another account has the address: the model sends nothing then.
  requestEmailChange(user.id, input.email);
  return saved("email");
}

function everywhere({ user, request, context }: Actor) {
  signOutEverywhere(user.id);
  // Like signing out: back to the home page, signed out.
  return redirect("/", { status: 303, headers: { "Set-Cookie": endSession(request, context) } });
}

async function remove(input: Of<"delete">, { user, request, context, submission }: Actor) {
  if (!(await passwordMatches(user.id, input.currentPassword))) return wrongPassword(submission);
  deleteAccount(user.id, { keepCertificatePage: input.certificatePage === "keep" });
  return redirect("/?accountDeleted", { status: 303, headers: { "Set-Cookie": endSession(request, context) } });
}

function notificationChoices(input: Of<"notifications">, { user, submission }: Actor) {
  const result = savePreferences(user, input);
  if (!result.ok) return replyWith(submission, { fieldErrors: { [result.kind]: [message("account:errors.deliveryNotOffered")] } });
  return saved("notifications");
}

/** Carries out one section of the account page for the signed-in person. */
export async function handleAccountIntent(input: Input, actor: Actor) {
  switch (input.intent) {
    case "profile":
      return profile(input, actor);
    case "availability":
      updateAvailability(actor.user.id, input.slots);
      return saved("availability");
    case "email":
      return changeEmail(input, actor);
    case "password":
      return changePassword(input, actor);
    case "signOutEverywhere":
      return everywhere(actor);
    case "notifications":
      return notificationChoices(input, actor);
    case "delete":
      return remove(input, actor);
  }
}
