import { sql } from "drizzle-orm";
import { LOCALES } from "../app/i18n/config";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { AUDIT_ACTIONS, COHORT_STATES, DELIVERIES, EMAIL_TOKEN_PURPOSES, MAIL_STATUSES, MEETING_SLOTS, MENTOR_STATUSES, MENTORSHIP_STATES, NOTIFICATION_KINDS, ROLES, SUBMISSION_STATES, type MeetingSlot } from "./values";

// The fixed value lists live in values.ts, which the browser bundle may import
// without pulling in drizzle; they are re-exported here for server code.
export * from "./values";

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    // Stored trimmed and lower-cased; the unique index on lower() also guards
    // rows written by anything that forgets to normalise.
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    locale: text("locale", { enum: LOCALES }).notNull().default("en"),
    createdAt: integer("created_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
    /** When the person proved they read mail at this address; null = not yet. */
    emailVerifiedAt: integer("email_verified_at", { mode: "timestamp_ms" }),
    /** Where the person lives: dates and meeting times are shown in it. */
    timeZone: text("time_zone").notNull().default("Asia/Tokyo"),
    /** When the person can meet, as on an enrolment request; new requests start from it. */
    meetingSlots: text("meeting_slots", { mode: "json" }).$type<MeetingSlot[]>().notNull().default([]),
    /** Set by an admin: sign-in is refused until re-enabled. */
    disabledAt: integer("disabled_at", { mode: "timestamp_ms" }),
    /** Set when the person deleted the account; the row stays, emptied, so team totals hold. */
    deletedAt: integer("deleted_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("users_email_lower_unique").on(sql`lower(${t.email})`)],
);

export const userRoles = sqliteTable(
  "user_roles",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

export const sessions = sqliteTable(
  "sessions",
  {
    // SHA-256 (hex) of the token held in the cookie; the token itself is never stored.
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId)],
);

// ---------------------------------------------------------------------------
// Cohorts and team learning. Courses, modules and lessons live in content/;
// here they are referenced by their stable ids only.

/** A row's creation time in milliseconds, set by SQLite. */
export const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

export const cohorts = sqliteTable(
  "cohorts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    courseId: text("course_id").notNull(),
    name: text("name").notNull(),
    locale: text("locale", { enum: LOCALES }).notNull(),
    meetingSlot: text("meeting_slot", { enum: MEETING_SLOTS }).notNull(),
    /** Free text shown to the team, e.g. "Tuesdays 10:00, Zoom link in LINE". */
    meetingNote: text("meeting_note").notNull().default(""),
    timeZone: text("time_zone").notNull().default("Asia/Tokyo"),
    /** The weekly meeting, once set: ISO weekday (1 = Monday … 7 = Sunday), "HH:MM" in time_zone, a place or a video link. */
    meetingWeekday: integer("meeting_weekday"),
    meetingTime: text("meeting_time"),
    meetingPlace: text("meeting_place").notNull().default(""),
    /** YYYY-MM-DD in the cohort's time zone. */
    startDate: text("start_date").notNull(),
    weeksPerModule: integer("weeks_per_module").notNull().default(2),
    /** A mentee with no activity for this many days needs attention. */
    inactiveDays: integer("inactive_days").notNull().default(7),
    /** The course's lesson ids when the cohort was created: later lessons show as new. */
    lessonIds: text("lesson_ids", { mode: "json" }).$type<string[]>().notNull().default([]),
    state: text("state", { enum: COHORT_STATES }).notNull().default("forming"),
    inviteCode: text("invite_code").notNull(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("cohorts_invite_code_unique").on(t.inviteCode), index("cohorts_course_idx").on(t.courseId, t.state)],
);

export const cohortMembers = sqliteTable(
  "cohort_members",
  {
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joinedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.userId] }), index("cohort_members_user_idx").on(t.userId)],
);

export const enrolmentRequests = sqliteTable(
  "enrolment_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    courseId: text("course_id").notNull(),
    /** JSON array of locales the learner can study in. */
    languages: text("languages", { mode: "json" }).$type<string[]>().notNull(),
    /** JSON array of meeting slots the learner can attend. */
    slots: text("slots", { mode: "json" }).$type<MeetingSlot[]>().notNull(),
    timeZone: text("time_zone").notNull(),
    status: text("status", { enum: ["waiting", "placed", "withdrawn"] }).notNull().default("waiting"),
    cohortId: integer("cohort_id").references(() => cohorts.id, { onDelete: "set null" }),
    /** Set when the learner came through a partner's commission. */
    commissionId: integer("commission_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("enrolment_requests_course_status_idx").on(t.courseId, t.status),
    // One open request per learner and course.
    uniqueIndex("enrolment_requests_waiting_unique").on(t.userId, t.courseId).where(sql`status = 'waiting'`),
  ],
);

/** Module due dates of a cohort, derived from its pace when created and editable by trainers. */
export const cohortModuleDue = sqliteTable(
  "cohort_module_due",
  {
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    moduleId: text("module_id").notNull(),
    dueDate: text("due_date").notNull(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.moduleId] })],
);

export const lessonProgress = sqliteTable(
  "lesson_progress",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    courseId: text("course_id").notNull(),
    lessonId: text("lesson_id").notNull(),
    startedAt: integer("started_at", { mode: "timestamp_ms" }).notNull(),
    completedAt: integer("completed_at", { mode: "timestamp_ms" }),
    /** Best quiz score in percent, for quizzes. */
    quizScore: integer("quiz_score"),
    /** Hash of the English lesson body when completed: which revision was studied. */
    contentRevision: text("content_revision"),
    /** Who marked it (a teammate for team activities). */
    completedBy: integer("completed_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.lessonId] }), index("lesson_progress_course_user_idx").on(t.courseId, t.userId)],
);

export const quizAttempts = sqliteTable(
  "quiz_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lessonId: text("lesson_id").notNull(),
    answers: text("answers", { mode: "json" }).$type<Record<string, string[]>>().notNull(),
    score: integer("score").notNull(),
    passed: integer("passed", { mode: "boolean" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("quiz_attempts_user_lesson_idx").on(t.userId, t.lessonId)],
);

export const exerciseSubmissions = sqliteTable(
  "exercise_submissions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lessonId: text("lesson_id").notNull(),
    answer: text("answer").notNull(),
    state: text("state", { enum: SUBMISSION_STATES }).notNull().default("submitted"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    uniqueIndex("exercise_submissions_user_lesson_unique").on(t.userId, t.lessonId),
    index("exercise_submissions_cohort_idx").on(t.cohortId, t.state),
  ],
);

export const submissionEvents = sqliteTable(
  "submission_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    submissionId: integer("submission_id")
      .notNull()
      .references(() => exerciseSubmissions.id, { onDelete: "cascade" }),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind", { enum: ["submitted", "resubmitted", "accepted", "changes_requested"] }).notNull(),
    /** The answer as handed in (for submissions) or the reviewer's comment. */
    text: text("text").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("submission_events_submission_idx").on(t.submissionId)],
);

export const checkIns = sqliteTable(
  "check_ins",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Monday of the week (YYYY-MM-DD, cohort time zone). */
    week: text("week").notNull(),
    did: text("did").notNull(),
    blockers: text("blockers").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("check_ins_unique_week").on(t.cohortId, t.userId, t.week)],
);

export const helpRequests = sqliteTable(
  "help_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lessonId: text("lesson_id"),
    body: text("body").notNull(),
    state: text("state", { enum: ["open", "resolved"] }).notNull().default("open"),
    createdAt: createdAt(),
  },
  (t) => [index("help_requests_cohort_idx").on(t.cohortId, t.state)],
);

export const helpReplies = sqliteTable(
  "help_replies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => helpRequests.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("help_replies_request_idx").on(t.requestId)],
);

export const nudges = sqliteTable(
  "nudges",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    fromUserId: integer("from_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    toUserId: integer("to_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("nudges_to_idx").on(t.toUserId, t.createdAt)],
);

export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    /** Who caused it (shown by name), if anyone. */
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    cohortId: integer("cohort_id").references(() => cohorts.id, { onDelete: "cascade" }),
    /** Where the notification leads, an app path. */
    link: text("link").notNull(),
    /** Extra values for the message, e.g. a lesson id. */
    data: text("data", { mode: "json" }).$type<Record<string, string>>().notNull().default({}),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.readAt, t.createdAt)],
);

export const certificates = sqliteTable(
  "certificates",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Public, unguessable verification code. */
    code: text("code").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    courseId: text("course_id").notNull(),
    cohortId: integer("cohort_id").references(() => cohorts.id, { onDelete: "set null" }),
    /** The learner's name as it stood when the certificate was issued. */
    holderName: text("holder_name").notNull(),
    issuedAt: createdAt(),
  },
  (t) => [uniqueIndex("certificates_code_unique").on(t.code), uniqueIndex("certificates_user_course_unique").on(t.userId, t.courseId)],
);

/** The signed Open Badges 3.0 credential of a certificate, issued once and kept as signed. */
export const certificateCredentials = sqliteTable("certificate_credentials", {
  certificateId: integer("certificate_id")
    .primaryKey()
    .references(() => certificates.id, { onDelete: "cascade" }),
  credential: text("credential", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  createdAt: createdAt(),
});

/** A revoked certificate: who revoked it, when and why (its credential then fails its status check). */
export const certificateRevocations = sqliteTable("certificate_revocations", {
  certificateId: integer("certificate_id")
    .primaryKey()
    .references(() => certificates.id, { onDelete: "cascade" }),
  reason: text("reason").notNull(),
  revokedBy: integer("revoked_by").references(() => users.id, { onDelete: "set null" }),
  revokedAt: createdAt(),
});

// ---------------------------------------------------------------------------
// Peer mentoring: seniors (learners with a completed course) mentor teams.

export const mentorProfiles = sqliteTable(
  "mentor_profiles",
  {
    userId: integer("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    languages: text("languages", { mode: "json" }).$type<string[]>().notNull(),
    slots: text("slots", { mode: "json" }).$type<MeetingSlot[]>().notNull(),
    /** How many teams at once. */
    capacity: integer("capacity").notNull().default(1),
    status: text("status", { enum: MENTOR_STATUSES }).notNull().default("active"),
    /** Shown on the community page of seniors. */
    listed: integer("listed", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  // Mentor suggestions start from the active seniors, then look up each one's
  // certificate; without this index the planner scanned every certificate.
  (t) => [index("mentor_profiles_status_idx").on(t.status)],
);

export const mentorships = sqliteTable(
  "mentorships",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    mentorId: integer("mentor_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    state: text("state", { enum: MENTORSHIP_STATES }).notNull().default("proposed"),
    proposedBy: integer("proposed_by").references(() => users.id, { onDelete: "set null" }),
    proposedAt: createdAt(),
    respondedAt: integer("responded_at", { mode: "timestamp_ms" }),
    endedAt: integer("ended_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("mentorships_mentor_idx").on(t.mentorId, t.state),
    index("mentorships_cohort_idx").on(t.cohortId, t.state),
    // At most one open (proposed or active) mentorship per mentor and cohort.
    uniqueIndex("mentorships_open_unique").on(t.cohortId, t.mentorId).where(sql`state in ('proposed', 'active')`),
  ],
);

export const mentorSessions = sqliteTable(
  "mentor_sessions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    mentorId: integer("mentor_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    heldOn: text("held_on").notNull(),
    minutes: integer("minutes").notNull(),
    /** Private to the mentor who wrote them and to trainers. */
    notes: text("notes").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("mentor_sessions_mentor_idx").on(t.mentorId), index("mentor_sessions_cohort_idx").on(t.cohortId)],
);

export const sessionAttendees = sqliteTable(
  "session_attendees",
  {
    sessionId: integer("session_id")
      .notNull()
      .references(() => mentorSessions.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Optional 1–5, private to the mentor and trainers. */
    rating: integer("rating"),
    thanks: text("thanks"),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] }), index("session_attendees_user_idx").on(t.userId)],
);

// ---------------------------------------------------------------------------
// Partner firms: organisations commission seats for their own staff.

export const organisations = sqliteTable(
  "organisations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    /** Invite code for the firm's partner managers. */
    managerInviteCode: text("manager_invite_code").notNull(),
    /**
     * When the manager invite code was made; links expire after a set time.
     * The default (1970) means expired, so a row written without it denies.
     */
    managerInviteCreatedAt: integer("manager_invite_created_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`0`),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("organisations_manager_invite_unique").on(t.managerInviteCode)],
);

export const organisationMembers = sqliteTable(
  "organisation_members",
  {
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joinedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index("organisation_members_user_idx").on(t.userId)],
);

export const commissions = sqliteTable(
  "commissions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    courseId: text("course_id").notNull(),
    seats: integer("seats").notNull(),
    startsOn: text("starts_on").notNull(),
    endsOn: text("ends_on").notNull(),
    languages: text("languages", { mode: "json" }).$type<string[]>().notNull(),
    inviteCode: text("invite_code").notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("commissions_invite_unique").on(t.inviteCode), index("commissions_org_idx").on(t.organisationId)],
);

/** A learner placed through a commission. The seat stays taken if consent is withdrawn. */
export const sponsorships = sqliteTable(
  "sponsorships",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    commissionId: integer("commission_id")
      .notNull()
      .references(() => commissions.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    consentedAt: integer("consented_at", { mode: "timestamp_ms" }).notNull(),
    /** Once set, the partner sees this learner only in aggregate figures. */
    withdrawnAt: integer("withdrawn_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("sponsorships_unique").on(t.commissionId, t.userId), index("sponsorships_user_idx").on(t.userId)],
);

// ---------------------------------------------------------------------------
// E-mail: the outbox, one-time links and how each person wants to hear of things.

/**
 * Every e-mail is written here in the same transaction as the event that causes
 * it; the sender loop delivers it (docs/decisions/014-mail-outbox.md).
 */
export const mailOutbox = sqliteTable(
  "mail_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    to: text("to").notNull(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    /** Which template, e.g. "verify_email", "digest", "notification:nudge". */
    kind: text("kind").notNull(),
    locale: text("locale", { enum: LOCALES }).notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    headers: text("headers", { mode: "json" }).$type<Record<string, string>>().notNull().default({}),
    status: text("status", { enum: MAIL_STATUSES }).notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    /** Set while a sender holds the row; a row claimed but never confirmed is not resent blindly. */
    claimedAt: integer("claimed_at", { mode: "timestamp_ms" }),
    lastError: text("last_error"),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    /** One e-mail per key at most, e.g. "digest:12:2026-11-29"; null for one-off mail. */
    dedupeKey: text("dedupe_key"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("mail_outbox_dedupe_unique").on(t.dedupeKey),
    index("mail_outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("mail_outbox_created_idx").on(t.createdAt),
  ],
);

/** One-time links sent by e-mail. Only the SHA-256 of the token is stored. */
export const emailTokens = sqliteTable(
  "email_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: EMAIL_TOKEN_PURPOSES }).notNull(),
    /** The address the link was sent to (the new one for an e-mail change). */
    email: text("email").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("email_tokens_user_idx").on(t.userId, t.purpose)],
);

/** A missing row means the kind's default delivery (see notification-preferences.server.ts). */
export const notificationPreferences = sqliteTable(
  "notification_preferences",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    delivery: text("delivery", { enum: DELIVERIES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

// ---------------------------------------------------------------------------
// Administration: every admin action, for the record.

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Who did it; kept (as null) when that admin is later deleted. */
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    /** Whom it concerned. */
    targetUserId: integer("target_user_id").references(() => users.id, { onDelete: "set null" }),
    /** What changed, e.g. the roles before and after. */
    detail: text("detail", { mode: "json" }).$type<Record<string, string | string[]>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_created_idx").on(t.createdAt), index("audit_log_target_idx").on(t.targetUserId)],
);
/**
 * A person's private calendar feed. The secret in the feed's URL is the
 * credential (calendar apps cannot sign in), so only its SHA-256 is kept;
 * deleting the row revokes it.
 */
export const calendarFeeds = sqliteTable("calendar_feeds", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secretHash: text("secret_hash").notNull().unique(),
  createdAt: createdAt(),
});

/**
 * Submissions a phone made offline and sent later carry a random key; the
 * server remembers each key it has acted on so that a resend (a reconnect, a
 * second tab, a lost answer) changes nothing the second time.
 */
export const submissionKeys = sqliteTable(
  "submission_keys",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index("submission_keys_created").on(t.createdAt)],
);
