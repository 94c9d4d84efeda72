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
  "work_invited",
  "work_applied",
  "work_picked",
  "work_not_picked",
  "work_message",
  "work_delivered",
  "work_changes",
  "work_accepted",
  "work_hours",
  "work_paid",
  "work_rated",
  "work_mentor",
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

// ---------------------------------------------------------------------------
// Work for graduates and the outcomes funders pay for.

export const WORK_KINDS = ["build_bot", "maintain_bot", "data_work", "quality_check"] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** open: taking applications; in_progress: workers picked; completed: delivery accepted; cancelled by the firm. */
export const WORK_ORDER_STATES = ["open", "in_progress", "completed", "cancelled"] as const;
export type WorkOrderState = (typeof WORK_ORDER_STATES)[number];

export const WORK_PAY_KINDS = ["hourly", "fixed"] as const;
export type WorkPayKind = (typeof WORK_PAY_KINDS)[number];

/** invited: the firm asked this graduate from her portfolio; she has not applied yet. */
export const WORK_APPLICATION_STATES = ["invited", "applied", "withdrawn", "picked", "not_picked"] as const;
export type WorkApplicationState = (typeof WORK_APPLICATION_STATES)[number];

export const DELIVERABLE_STATES = ["submitted", "accepted", "changes_requested"] as const;
export type DeliverableState = (typeof DELIVERABLE_STATES)[number];

export const RATING_DIRECTIONS = ["firm_to_worker", "worker_to_firm"] as const;
export type RatingDirection = (typeof RATING_DIRECTIONS)[number];

/** The most a deliverable file may weigh. */
export const DELIVERABLE_MAX_BYTES = 10 * 1024 * 1024;

export const PORTFOLIO_ITEM_KINDS = ["profile", "certificate", "order", "ratings"] as const;
export type PortfolioItemKind = (typeof PORTFOLIO_ITEM_KINDS)[number];

/** When, after a completed course, a graduate is asked about work; 0 is "before the course". */
export const OUTCOME_MONTHS = [0, 3, 6, 12] as const;
export type OutcomeMonths = (typeof OUTCOME_MONTHS)[number];

export const OUTCOME_STATUSES = ["working", "studying", "looking", "prefer_not"] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

export const EMPLOYER_KINDS = ["company", "public_sector", "self_employed", "work_board", "other"] as const;
export type EmployerKind = (typeof EMPLOYER_KINDS)[number];

/** Monthly income bands in JPY; the labels live in locales. */
export const INCOME_BANDS = ["none", "under_100k", "100k_200k", "200k_300k", "300k_plus", "prefer_not"] as const;
export type IncomeBand = (typeof INCOME_BANDS)[number];

/** Where an outcome came from: the graduate's answer, or paid work confirmed on the board. */
export const OUTCOME_SOURCES = ["survey", "work_board"] as const;
export type OutcomeSource = (typeof OUTCOME_SOURCES)[number];

export const FUNDER_KINDS = ["fund", "impact_bond"] as const;
export type FunderKind = (typeof FUNDER_KINDS)[number];
