import { eq, or } from "drizzle-orm";
import { getConnection } from "#db/client";
import {
  auditLog,
  certificates,
  checkIns,
  cohortMembers,
  cohorts,
  commissions,
  enrolmentRequests,
  exerciseSubmissions,
  helpReplies,
  helpRequests,
  lessonProgress,
  mailOutbox,
  mentorProfiles,
  mentorSessions,
  mentorships,
  notifications,
  nudges,
  organisationMembers,
  organisations,
  quizAttempts,
  sessionAttendees,
  sessions,
  sponsorships,
  submissionEvents,
  userRoles,
  users,
} from "#db/schema";
import { getNotificationPreferences } from "../notification-preferences.server";

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/**
 * Everything kumi holds about one person, with keys a reader understands,
 * for "download my data". Other people appear by what they did with this
 * person's things, never with their own contact details. The password hash
 * and session tokens are left out: they are secrets, not information.
 */
export function exportAccountData(userId: number, now = new Date()) {
  const { db } = getConnection();
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) return null;
  const cohortName = new Map(db.select({ id: cohorts.id, name: cohorts.name }).from(cohorts).all().map((c) => [c.id, c.name]));
  const nameOf = (id: number | null) => (id === null ? null : (db.select({ name: users.name }).from(users).where(eq(users.id, id)).get()?.name ?? null));

  const submissions = db.select().from(exerciseSubmissions).where(eq(exerciseSubmissions.userId, userId)).all();
  return {
    exportedAt: now.toISOString(),
    profile: {
      name: user.name,
      email: user.email,
      language: user.locale,
      timeZone: user.timeZone,
      meetingAvailability: user.meetingSlots,
      emailVerifiedAt: iso(user.emailVerifiedAt),
      accountCreatedAt: iso(user.createdAt),
      disabledAt: iso(user.disabledAt),
    },
    roles: db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId)).all().map((r) => r.role),
    signedInDevices: db.select({ expiresAt: sessions.expiresAt }).from(sessions).where(eq(sessions.userId, userId)).all().map((s) => ({ sessionExpiresAt: iso(s.expiresAt) })),
    teams: db
      .select({ team: cohorts.name, courseId: cohorts.courseId, teamState: cohorts.state, joinedAt: cohortMembers.joinedAt })
      .from(cohortMembers)
      .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
      .where(eq(cohortMembers.userId, userId))
      .all()
      .map((t) => ({ ...t, joinedAt: iso(t.joinedAt) })),
    requestsToJoinACourse: db
      .select()
      .from(enrolmentRequests)
      .where(eq(enrolmentRequests.userId, userId))
      .all()
      .map((r) => ({ courseId: r.courseId, languages: r.languages, meetingAvailability: r.slots, timeZone: r.timeZone, status: r.status, team: r.cohortId ? cohortName.get(r.cohortId) : null, requestedAt: iso(r.createdAt) })),
    lessonProgress: db
      .select()
      .from(lessonProgress)
      .where(eq(lessonProgress.userId, userId))
      .all()
      .map((p) => ({ courseId: p.courseId, lessonId: p.lessonId, startedAt: iso(p.startedAt), completedAt: iso(p.completedAt), bestQuizScorePercent: p.quizScore })),
    quizAttempts: db
      .select()
      .from(quizAttempts)
      .where(eq(quizAttempts.userId, userId))
      .all()
      .map((a) => ({ lessonId: a.lessonId, answers: a.answers, scorePercent: a.score, passed: a.passed, at: iso(a.createdAt) })),
    exerciseSubmissions: submissions.map((s) => ({
      lessonId: s.lessonId,
      team: cohortName.get(s.cohortId) ?? null,
      answer: s.answer,
      state: s.state,
      submittedAt: iso(s.createdAt),
      history: db
        .select()
        .from(submissionEvents)
        .where(eq(submissionEvents.submissionId, s.id))
        .all()
        .map((e) => ({ what: e.kind, by: e.actorId === userId ? "you" : nameOf(e.actorId), text: e.text, at: iso(e.createdAt) })),
    })),
    weeklyCheckIns: db
      .select()
      .from(checkIns)
      .where(eq(checkIns.userId, userId))
      .all()
      .map((c) => ({ team: cohortName.get(c.cohortId) ?? null, week: c.week, whatIDid: c.did, blockers: c.blockers, at: iso(c.createdAt) })),
    helpRequests: db
      .select()
      .from(helpRequests)
      .where(eq(helpRequests.userId, userId))
      .all()
      .map((h) => ({ team: cohortName.get(h.cohortId) ?? null, lessonId: h.lessonId, question: h.body, state: h.state, at: iso(h.createdAt) })),
    helpReplies: db
      .select()
      .from(helpReplies)
      .where(eq(helpReplies.userId, userId))
      .all()
      .map((r) => ({ reply: r.body, at: iso(r.createdAt) })),
    nudges: db
      .select()
      .from(nudges)
      .where(or(eq(nudges.fromUserId, userId), eq(nudges.toUserId, userId)))
      .all()
      .map((n) => ({ direction: n.fromUserId === userId ? "sent" : "received", team: cohortName.get(n.cohortId) ?? null, at: iso(n.createdAt) })),
    notifications: db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .all()
      .map((n) => ({ kind: n.kind, from: nameOf(n.actorId), link: n.link, details: n.data, readAt: iso(n.readAt), at: iso(n.createdAt) })),
    notificationChoices: getNotificationPreferences(userId),
    emailsToMe: db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.userId, userId))
      .all()
      .map((m) => ({ to: m.to, subject: m.subject, text: m.text, status: m.status, queuedAt: iso(m.createdAt), sentAt: iso(m.sentAt) })),
    mentoring: mentoringOf(userId, cohortName),
    certificates: db
      .select()
      .from(certificates)
      .where(eq(certificates.userId, userId))
      .all()
      .map((c) => ({ courseId: c.courseId, nameOnCertificate: c.holderName, publicPage: `/certificates/${c.code}`, issuedAt: iso(c.issuedAt) })),
    sponsorships: db
      .select({ s: sponsorships, firm: organisations.name, courseId: commissions.courseId })
      .from(sponsorships)
      .innerJoin(commissions, eq(commissions.id, sponsorships.commissionId))
      .innerJoin(organisations, eq(organisations.id, commissions.organisationId))
      .where(eq(sponsorships.userId, userId))
      .all()
      .map(({ s, firm, courseId }) => ({ firm, courseId, consentedAt: iso(s.consentedAt), consentWithdrawnAt: iso(s.withdrawnAt) })),
    partnerFirmsIManage: db
      .select({ firm: organisations.name, joinedAt: organisationMembers.joinedAt })
      .from(organisationMembers)
      .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
      .where(eq(organisationMembers.userId, userId))
      .all()
      .map((m) => ({ firm: m.firm, joinedAt: iso(m.joinedAt) })),
    adminActionsOnMyAccount: db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetUserId, userId))
      .all()
      .map((a) => ({ what: a.action, details: a.detail, at: iso(a.createdAt) })),
  };
}

function mentoringOf(userId: number, cohortName: Map<number, string>) {
  const { db } = getConnection();
  const profile = db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, userId)).get();
  return {
    mentorProfile: profile
      ? { languages: profile.languages, meetingAvailability: profile.slots, teamsAtOnce: profile.capacity, status: profile.status, listedOnCommunityPage: profile.listed }
      : null,
    teamsMentored: db
      .select()
      .from(mentorships)
      .where(eq(mentorships.mentorId, userId))
      .all()
      .map((m) => ({ team: cohortName.get(m.cohortId) ?? null, state: m.state, proposedAt: iso(m.proposedAt), answeredAt: iso(m.respondedAt), endedAt: iso(m.endedAt) })),
    sessionsLedAsMentor: db
      .select()
      .from(mentorSessions)
      .where(eq(mentorSessions.mentorId, userId))
      .all()
      .map((s) => ({ team: cohortName.get(s.cohortId) ?? null, heldOn: s.heldOn, minutes: s.minutes, myNotes: s.notes })),
    sessionsAttended: db
      .select({ a: sessionAttendees, s: mentorSessions })
      .from(sessionAttendees)
      .innerJoin(mentorSessions, eq(mentorSessions.id, sessionAttendees.sessionId))
      .where(eq(sessionAttendees.userId, userId))
      .all()
      .map(({ a, s }) => ({ team: cohortName.get(s.cohortId) ?? null, heldOn: s.heldOn, myRating: a.rating, myThanks: a.thanks })),
  };
}
