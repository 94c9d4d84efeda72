// Work for graduates (the work board and its workspaces), portfolios, the
// outcomes graduates report, and the funders who pay for places. Kept apart
// from schema.ts by use case; it only points into it.
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { Locale } from "../app/i18n/config";
import { commissions, createdAt, organisations, users } from "./schema";
import {
  DELIVERABLE_STATES,
  EMPLOYER_KINDS,
  FUNDER_KINDS,
  INCOME_BANDS,
  OUTCOME_SOURCES,
  OUTCOME_STATUSES,
  PORTFOLIO_ITEM_KINDS,
  RATING_DIRECTIONS,
  WORK_APPLICATION_STATES,
  WORK_KINDS,
  WORK_ORDER_STATES,
  WORK_PAY_KINDS,
} from "./values";

const userRef = (name: string) => integer(name).references(() => users.id, { onDelete: "set null" });

/** Text a firm writes in one to three languages; at least one is set. */
export type LocalisedText = Partial<Record<Locale, string>>;

// ---------------------------------------------------------------------------
// The work board.

export const workOrders = sqliteTable(
  "work_orders",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    title: text("title", { mode: "json" }).$type<LocalisedText>().notNull(),
    description: text("description", { mode: "json" }).$type<LocalisedText>().notNull(),
    kind: text("kind", { enum: WORK_KINDS }).notNull(),
    /** Course ids; a graduate holding a certificate of any one of them qualifies. */
    requiredCourses: text("required_courses", { mode: "json" }).$type<string[]>().notNull(),
    /** The languages the work is done in; a graduate must speak one. */
    languages: text("languages", { mode: "json" }).$type<Locale[]>().notNull(),
    teamSize: integer("team_size").notNull(),
    estimatedHours: integer("estimated_hours").notNull(),
    payKind: text("pay_kind", { enum: WORK_PAY_KINDS }).notNull(),
    /** Yen per hour (hourly) or for the whole order (fixed). */
    payYen: integer("pay_yen").notNull(),
    /** ISO date (YYYY-MM-DD), in the firm's time zone. */
    deadline: text("deadline").notNull(),
    state: text("state", { enum: WORK_ORDER_STATES }).notNull().default("open"),
    /** The firm agrees that graduates may name it on their portfolios. */
    firmMayBeNamed: integer("firm_may_be_named", { mode: "boolean" }).notNull().default(false),
    /** The workers asked their mentor into the workspace. */
    mentorId: userRef("mentor_id"),
    createdBy: userRef("created_by"),
    createdAt: createdAt(),
    assignedAt: integer("assigned_at", { mode: "timestamp_ms" }),
    completedAt: integer("completed_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("work_orders_state_idx").on(t.state),
    index("work_orders_org_idx").on(t.organisationId),
    check("work_orders_team_size", sql`${t.teamSize} between 1 and 5`),
    check("work_orders_hours", sql`${t.estimatedHours} > 0`),
    check("work_orders_pay", sql`${t.payYen} >= 0`),
  ],
);

/** One checklist line of an order, ticked in its workspace. */
export const workChecklistItems = sqliteTable(
  "work_checklist_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orderId: integer("order_id")
      .notNull()
      .references(() => workOrders.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    doneAt: integer("done_at", { mode: "timestamp_ms" }),
    doneBy: userRef("done_by"),
  },
  (t) => [index("work_checklist_order_idx").on(t.orderId, t.position)],
);

/** An application (alone or as a team, led by `userId`), or a firm's invitation to apply. */
export const workApplications = sqliteTable(
  "work_applications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orderId: integer("order_id")
      .notNull()
      .references(() => workOrders.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    note: text("note").notNull().default(""),
    state: text("state", { enum: WORK_APPLICATION_STATES }).notNull().default("applied"),
    invitedBy: userRef("invited_by"),
    createdAt: createdAt(),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("work_applications_order_user_unique").on(t.orderId, t.userId), index("work_applications_user_idx").on(t.userId)],
);

/** Who applies together with an application's lead (not the lead herself). */
export const workApplicationMembers = sqliteTable(
  "work_application_members",
  {
    applicationId: integer("application_id")
      .notNull()
      .references(() => workApplications.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.userId] }), index("work_application_members_user_idx").on(t.userId)],
);

/** The people doing an order, set when the firm picks an application. */
export const workWorkers = sqliteTable(
  "work_workers",
  {
    orderId: integer("order_id")
      .notNull()
      .references(() => workOrders.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joinedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.userId] }), index("work_workers_user_idx").on(t.userId)],
);

export const workMessages = sqliteTable(
  "work_messages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orderId: integer("order_id")
      .notNull()
      .references(() => workOrders.id, { onDelete: "cascade" }),
    authorId: userRef("author_id"),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("work_messages_order_idx").on(t.orderId, t.createdAt)],
);

/** A delivery: a stored file (under the data directory) or a link, and the firm's answer. */
export const workDeliverables = sqliteTable(
  "work_deliverables",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orderId: integer("order_id")
      .notNull()
      .references(() => workOrders.id, { onDelete: "cascade" }),
    submittedBy: userRef("submitted_by"),
    note: text("note").notNull().default(""),
    url: text("url"),
    fileName: text("file_name"),
    /** Path relative to the deliverables directory; never shown to anyone. */
    storedAs: text("stored_as"),
    fileBytes: integer("file_bytes"),
    fileType: text("file_type"),
    state: text("state", { enum: DELIVERABLE_STATES }).notNull().default("submitted"),
    reviewNote: text("review_note"),
    reviewedBy: userRef("reviewed_by"),
    reviewedAt: integer("reviewed_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("work_deliverables_order_idx").on(t.orderId),
    check("work_deliverables_file_or_link", sql`(${t.url} is not null) or (${t.storedAs} is not null)`),
  ],
);

/** Hours a worker logged; the firm confirms them. */
export const workHours = sqliteTable(
  "work_hours",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orderId: integer("order_id")
      .notNull()
      .references(() => workOrders.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** ISO date the work was done. */
    workedOn: text("worked_on").notNull(),
    minutes: integer("minutes").notNull(),
    note: text("note").notNull().default(""),
    confirmedAt: integer("confirmed_at", { mode: "timestamp_ms" }),
    confirmedBy: userRef("confirmed_by"),
    createdAt: createdAt(),
  },
  (t) => [index("work_hours_order_idx").on(t.orderId), check("work_hours_minutes", sql`${t.minutes} between 1 and 1440`)],
);

/** A payment the firm records; kumi moves no money. */
export const workPayments = sqliteTable(
  "work_payments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orderId: integer("order_id")
      .notNull()
      .references(() => workOrders.id, { onDelete: "cascade" }),
    paidOn: text("paid_on").notNull(),
    amountYen: integer("amount_yen").notNull(),
    note: text("note").notNull().default(""),
    recordedBy: userRef("recorded_by"),
    createdAt: createdAt(),
  },
  (t) => [index("work_payments_order_idx").on(t.orderId), check("work_payments_amount", sql`${t.amountYen} > 0`)],
);

/** Ratings both ways: the firm rates each worker; each worker rates the firm. */
export const workRatings = sqliteTable(
  "work_ratings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orderId: integer("order_id")
      .notNull()
      .references(() => workOrders.id, { onDelete: "cascade" }),
    direction: text("direction", { enum: RATING_DIRECTIONS }).notNull(),
    raterId: userRef("rater_id"),
    /** The worker rated (firm_to_worker); null when the firm is rated. */
    workerId: integer("worker_id").references(() => users.id, { onDelete: "cascade" }),
    stars: integer("stars").notNull(),
    comment: text("comment").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    // Once per worker from the firm (whichever manager), once per worker for the firm.
    uniqueIndex("work_ratings_of_worker_once").on(t.orderId, t.workerId).where(sql`direction = 'firm_to_worker'`),
    uniqueIndex("work_ratings_of_firm_once").on(t.orderId, t.raterId).where(sql`direction = 'worker_to_firm'`),
    index("work_ratings_worker_idx").on(t.workerId),
    check("work_ratings_stars", sql`${t.stars} between 1 and 5`),
  ],
);

// ---------------------------------------------------------------------------
// Portfolios: private by default; the graduate makes each item public.

export const portfolios = sqliteTable(
  "portfolios",
  {
    userId: integer("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The address part of /portfolio/<handle>: lower-case letters, digits and hyphens. */
    handle: text("handle").notNull(),
    /** A short profile in each language she writes it in. */
    profile: text("profile", { mode: "json" }).$type<LocalisedText>().notNull().default({}),
    updatedAt: createdAt(),
  },
  (t) => [uniqueIndex("portfolios_handle_unique").on(t.handle)],
);

/** An item shown to everyone; anything without a row here stays private. */
export const portfolioPublicItems = sqliteTable(
  "portfolio_public_items",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: PORTFOLIO_ITEM_KINDS }).notNull(),
    /** The certificate code or order id; "" for the profile and the ratings. */
    ref: text("ref").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind, t.ref] })],
);

// ---------------------------------------------------------------------------
// Outcomes: what graduates report at 3, 6 and 12 months (0 = before the course).

export const outcomeReports = sqliteTable(
  "outcome_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    courseId: text("course_id").notNull(),
    /** 0, 3, 6 or 12: which ask this answers. */
    months: integer("months").notNull(),
    /** When the ask is due (course completion + months); asked from then on. */
    dueAt: integer("due_at", { mode: "timestamp_ms" }).notNull(),
    source: text("source", { enum: OUTCOME_SOURCES }).notNull().default("survey"),
    /** Null until answered. */
    status: text("status", { enum: OUTCOME_STATUSES }),
    employerKind: text("employer_kind", { enum: EMPLOYER_KINDS }),
    hoursPerWeek: integer("hours_per_week"),
    incomeBand: text("income_band", { enum: INCOME_BANDS }),
    /** Consent for each use, given with the answer. */
    consentFunder: integer("consent_funder", { mode: "boolean" }).notNull().default(false),
    consentPartner: integer("consent_partner", { mode: "boolean" }).notNull().default(false),
    answeredAt: integer("answered_at", { mode: "timestamp_ms" }),
    /** The e-mail asking for it was queued (so it is asked by mail once). */
    mailedAt: integer("mailed_at", { mode: "timestamp_ms" }),
    /** For work_board outcomes: the order that is the outcome. */
    workOrderId: integer("work_order_id").references(() => workOrders.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("outcome_reports_ask_unique").on(t.userId, t.courseId, t.months).where(sql`source = 'survey'`),
    uniqueIndex("outcome_reports_order_unique").on(t.userId, t.workOrderId).where(sql`work_order_id is not null`),
    index("outcome_reports_due_idx").on(t.answeredAt, t.dueAt),
    check("outcome_reports_hours", sql`${t.hoursPerWeek} is null or ${t.hoursPerWeek} between 0 and 168`),
  ],
);

// ---------------------------------------------------------------------------
// Funders: an organisation that pays for places and defines the outcome it pays for.

export const funders = sqliteTable("funders", {
  organisationId: integer("organisation_id")
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  kind: text("kind", { enum: FUNDER_KINDS }).notNull(),
  /** The outcome paid for: working at least this many hours a week … */
  outcomeMinHours: integer("outcome_min_hours").notNull(),
  /** … within this many months of completing the course. */
  outcomeWithinMonths: integer("outcome_within_months").notNull(),
  createdAt: createdAt(),
});

/** Seats a funder pays for in a commission. */
export const commissionFunding = sqliteTable(
  "commission_funding",
  {
    commissionId: integer("commission_id")
      .notNull()
      .references(() => commissions.id, { onDelete: "cascade" }),
    funderId: integer("funder_id")
      .notNull()
      .references(() => funders.organisationId, { onDelete: "cascade" }),
    seats: integer("seats").notNull(),
  },
  (t) => [primaryKey({ columns: [t.commissionId, t.funderId] }), index("commission_funding_funder_idx").on(t.funderId), check("commission_funding_seats", sql`${t.seats} > 0`)],
);
