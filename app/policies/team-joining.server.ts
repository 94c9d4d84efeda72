import type { User } from "~/models/users.server";

/**
 * Joining a team (an invite link, a sponsor's link, a waiting list that
 * leads to one) needs a confirmed e-mail address: teammates and mentors must
 * be able to reach each other, and made-up addresses must not take seats.
 */
export function canJoinTeam(viewer: Pick<User, "emailVerified">): boolean {
  return viewer.emailVerified;
}

/** The form error shown when canJoinTeam says no. */
export const VERIFY_FIRST_MESSAGE = "common:verifyBanner.verifyFirst";
