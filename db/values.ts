// Fixed value lists and limits of the data model. Kept apart from schema.ts
// so that pages can use them without shipping drizzle to the browser.

export const ROLES = ["learner", "trainer", "partner", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const MEETING_SLOTS = ["weekday-morning", "weekday-daytime", "weekday-evening", "weekend"] as const;
export type MeetingSlot = (typeof MEETING_SLOTS)[number];

export const COHORT_STATES = ["forming", "active", "finished"] as const;
export type CohortState = (typeof COHORT_STATES)[number];

/** The most learners a cohort (team) ever has; also enforced by a trigger. */
export const TEAM_SIZE = 5;
export const MIN_TEAM_SIZE = 3;

export const SUBMISSION_STATES = ["submitted", "accepted", "changes_requested"] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export const NOTIFICATION_KINDS = [
  "review_accepted",
  "review_changes",
  "submission_to_review",
  "nudge",
  "help_request",
  "help_reply",
  "still_waiting",
  "placed",
  "certificate",
  "mentor_proposed",
  "mentor_accepted",
  "mentor_declined",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const MENTOR_STATUSES = ["active", "paused", "left"] as const;

export const MENTORSHIP_STATES = ["proposed", "active", "completed", "declined", "ended"] as const;
export type MentorshipState = (typeof MENTORSHIP_STATES)[number];

/**
 * How a person hears of one kind of notification: in the app only, by e-mail
 * at once, in the daily digest, or not at all.
 */
export const DELIVERIES = ["app", "email", "digest", "off"] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** E-mail-only kinds a person can switch off too (they have no in-app notification). */
export const EMAIL_ONLY_KINDS = ["digest", "weekly_summary", "waiting_learners", "sponsored_finished"] as const;
export type EmailOnlyKind = (typeof EMAIL_ONLY_KINDS)[number];

export const MAIL_STATUSES = ["queued", "sent", "failed"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export const EMAIL_TOKEN_PURPOSES = ["verify_email", "reset_password", "change_email"] as const;
export type EmailTokenPurpose = (typeof EMAIL_TOKEN_PURPOSES)[number];

/** What an admin can do to an account; each is written to the audit log. */
export const AUDIT_ACTIONS = ["roles_changed", "disabled", "enabled", "reset_link_sent", "verification_sent", "certificate_revoked"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * The name a deleted account keeps: none. Pages show the translated "former
 * member" wherever a person's name is this.
 */
export const FORMER_MEMBER_NAME = "";
