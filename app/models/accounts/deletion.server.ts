import { and, eq, inArray, isNull } from "drizzle-orm";
import { getConnection } from "#db/client";
import {
  certificates,
  checkIns,
  emailTokens,
  enrolmentRequests,
  exerciseSubmissions,
  helpReplies,
  helpRequests,
  mailOutbox,
  mentorProfiles,
  mentorSessions,
  mentorships,
  notificationPreferences,
  notifications,
  organisationMembers,
  quizAttempts,
  sessionAttendees,
  sessions,
  sponsorships,
  submissionEvents,
  userRoles,
  users,
} from "#db/schema";
import { FORMER_MEMBER_NAME } from "#db/values";

/** Not an argon2 hash: nothing ever verifies against it. */
const DESTROYED_HASH = "!deleted";

/** An address that can never receive mail nor match a sign-in (RFC 2606 reserves .invalid). */
export function deletedEmail(userId: number): string {
  return `deleted-${userId}@deleted.invalid`;
}

/**
 * Deletes a person's account as docs/decisions/015-account-deletion.md
 * describes: personal data and everything they wrote are erased; the row
 * stays under no name so that team membership and lesson progress still count
 * in team totals, and teammates see "former member". The certificate's public
 * page stays only when the person chose to keep it.
 */
export function deleteAccount(userId: number, options: { keepCertificatePage: boolean }, now = new Date()): boolean {
  const { sqlite, db } = getConnection();
  return sqlite.transaction(() => {
    const user = db.select({ deletedAt: users.deletedAt }).from(users).where(eq(users.id, userId)).get();
    if (!user || user.deletedAt) return false;
    db.update(users)
      .set({ name: FORMER_MEMBER_NAME, email: deletedEmail(userId), emailVerifiedAt: null, passwordHash: DESTROYED_HASH, meetingSlots: [], deletedAt: now })
      .where(eq(users.id, userId))
      .run();
    db.delete(userRoles).where(eq(userRoles.userId, userId)).run();
    db.delete(sessions).where(eq(sessions.userId, userId)).run();
    db.delete(emailTokens).where(eq(emailTokens.userId, userId)).run();
    db.delete(notificationPreferences).where(eq(notificationPreferences.userId, userId)).run();
    // Mail to the person, sent or waiting, holds their address and what they were told.
    db.delete(mailOutbox).where(eq(mailOutbox.userId, userId)).run();

    // Free text the person wrote. Their own questions, check-ins and answers go
    // (a reply to a question nobody can read any more helps no one); text on
    // other people's things stays in place, emptied.
    db.delete(checkIns).where(eq(checkIns.userId, userId)).run();
    db.delete(helpRequests).where(eq(helpRequests.userId, userId)).run();
    db.delete(helpReplies).where(eq(helpReplies.userId, userId)).run();
    db.delete(exerciseSubmissions).where(eq(exerciseSubmissions.userId, userId)).run();
    db.update(submissionEvents).set({ text: "" }).where(eq(submissionEvents.actorId, userId)).run();
    db.delete(quizAttempts).where(eq(quizAttempts.userId, userId)).run();
    db.update(mentorSessions).set({ notes: "" }).where(eq(mentorSessions.mentorId, userId)).run();
    db.update(sessionAttendees).set({ thanks: null }).where(eq(sessionAttendees.userId, userId)).run();
    db.delete(notifications).where(eq(notifications.userId, userId)).run();

    // Open commitments end.
    db.update(enrolmentRequests)
      .set({ status: "withdrawn" })
      .where(and(eq(enrolmentRequests.userId, userId), eq(enrolmentRequests.status, "waiting")))
      .run();
    db.update(mentorProfiles).set({ status: "left", listed: false, languages: [], slots: [] }).where(eq(mentorProfiles.userId, userId)).run();
    db.update(mentorships)
      .set({ state: "ended", endedAt: now })
      .where(and(eq(mentorships.mentorId, userId), inArray(mentorships.state, ["proposed", "active"])))
      .run();
    db.delete(organisationMembers).where(eq(organisationMembers.userId, userId)).run();
    // A sponsor keeps counting the seat, but sees the learner in totals only.
    db.update(sponsorships)
      .set({ withdrawnAt: now })
      .where(and(eq(sponsorships.userId, userId), isNull(sponsorships.withdrawnAt)))
      .run();
    if (!options.keepCertificatePage) db.delete(certificates).where(eq(certificates.userId, userId)).run();
    return true;
  })();
}
