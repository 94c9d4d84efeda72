import type { Locale } from "~/i18n/config";
import { EmailTakenError, createUser, findUserIdByEmail, hashPassword } from "../users.server";
import { queueVerificationEmail, sendSignupAttemptNotice } from "./email-verification.server";

/**
 * Sign-up that does not tell who has an account: a new address gets an
 * account and a verification link, a registered one gets a notice to its
 * owner. Both take an argon2 hash, so neither answers faster.
 */
export async function signUpOrNotify(input: { name: string; email: string; password: string; locale: Locale; next?: string }): Promise<void> {
  const existing = findUserIdByEmail(input.email);
  if (existing !== null) {
    await hashPassword(input.password);
    sendSignupAttemptNotice(existing);
    return;
  }
  try {
    await createUser({
      ...input,
      emailVerified: false,
      inTransaction: (id) => queueVerificationEmail({ id, name: input.name.trim(), email: input.email.trim().toLowerCase(), locale: input.locale }, input.next),
    });
  } catch (error) {
    // Lost a race with a twin request for the same address.
    if (!(error instanceof EmailTakenError)) throw error;
    const owner = findUserIdByEmail(input.email);
    if (owner !== null) sendSignupAttemptNotice(owner);
  }
}
