CREATE TABLE `commission_funding` (
	`commission_id` integer NOT NULL,
	`funder_id` integer NOT NULL,
	`seats` integer NOT NULL,
	PRIMARY KEY(`commission_id`, `funder_id`),
	FOREIGN KEY (`commission_id`) REFERENCES `commissions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`funder_id`) REFERENCES `funders`(`organisation_id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "commission_funding_seats" CHECK("commission_funding"."seats" > 0)
);
--> statement-breakpoint
CREATE INDEX `commission_funding_funder_idx` ON `commission_funding` (`funder_id`);--> statement-breakpoint
CREATE TABLE `funders` (
	`organisation_id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`outcome_min_hours` integer NOT NULL,
	`outcome_within_months` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `outcome_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`course_id` text NOT NULL,
	`months` integer NOT NULL,
	`due_at` integer NOT NULL,
	`source` text DEFAULT 'survey' NOT NULL,
	`status` text,
	`employer_kind` text,
	`hours_per_week` integer,
	`income_band` text,
	`consent_funder` integer DEFAULT false NOT NULL,
	`consent_partner` integer DEFAULT false NOT NULL,
	`answered_at` integer,
	`mailed_at` integer,
	`work_order_id` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`work_order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "outcome_reports_hours" CHECK("outcome_reports"."hours_per_week" is null or "outcome_reports"."hours_per_week" between 0 and 168)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outcome_reports_ask_unique` ON `outcome_reports` (`user_id`,`course_id`,`months`) WHERE source = 'survey';--> statement-breakpoint
CREATE UNIQUE INDEX `outcome_reports_order_unique` ON `outcome_reports` (`user_id`,`work_order_id`) WHERE work_order_id is not null;--> statement-breakpoint
CREATE INDEX `outcome_reports_due_idx` ON `outcome_reports` (`answered_at`,`due_at`);--> statement-breakpoint
CREATE TABLE `portfolio_public_items` (
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`ref` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`user_id`, `kind`, `ref`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `portfolios` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`handle` text NOT NULL,
	`profile` text DEFAULT '{}' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `portfolios_handle_unique` ON `portfolios` (`handle`);--> statement-breakpoint
CREATE TABLE `work_application_members` (
	`application_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`application_id`, `user_id`),
	FOREIGN KEY (`application_id`) REFERENCES `work_applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `work_application_members_user_idx` ON `work_application_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `work_applications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`state` text DEFAULT 'applied' NOT NULL,
	`invited_by` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`decided_at` integer,
	FOREIGN KEY (`order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`invited_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `work_applications_order_user_unique` ON `work_applications` (`order_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `work_applications_user_idx` ON `work_applications` (`user_id`);--> statement-breakpoint
CREATE TABLE `work_checklist_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`done_at` integer,
	`done_by` integer,
	FOREIGN KEY (`order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`done_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `work_checklist_order_idx` ON `work_checklist_items` (`order_id`,`position`);--> statement-breakpoint
CREATE TABLE `work_deliverables` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`submitted_by` integer,
	`note` text DEFAULT '' NOT NULL,
	`url` text,
	`file_name` text,
	`stored_as` text,
	`file_bytes` integer,
	`file_type` text,
	`state` text DEFAULT 'submitted' NOT NULL,
	`review_note` text,
	`reviewed_by` integer,
	`reviewed_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`submitted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "work_deliverables_file_or_link" CHECK(("work_deliverables"."url" is not null) or ("work_deliverables"."stored_as" is not null))
);
--> statement-breakpoint
CREATE INDEX `work_deliverables_order_idx` ON `work_deliverables` (`order_id`);--> statement-breakpoint
CREATE TABLE `work_hours` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`worked_on` text NOT NULL,
	`minutes` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`confirmed_at` integer,
	`confirmed_by` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`confirmed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "work_hours_minutes" CHECK("work_hours"."minutes" between 1 and 1440)
);
--> statement-breakpoint
CREATE INDEX `work_hours_order_idx` ON `work_hours` (`order_id`);--> statement-breakpoint
CREATE TABLE `work_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`author_id` integer,
	`body` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `work_messages_order_idx` ON `work_messages` (`order_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `work_orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`kind` text NOT NULL,
	`required_courses` text NOT NULL,
	`languages` text NOT NULL,
	`team_size` integer NOT NULL,
	`estimated_hours` integer NOT NULL,
	`pay_kind` text NOT NULL,
	`pay_yen` integer NOT NULL,
	`deadline` text NOT NULL,
	`state` text DEFAULT 'open' NOT NULL,
	`firm_may_be_named` integer DEFAULT false NOT NULL,
	`mentor_id` integer,
	`created_by` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`assigned_at` integer,
	`completed_at` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "work_orders_team_size" CHECK("work_orders"."team_size" between 1 and 5),
	CONSTRAINT "work_orders_hours" CHECK("work_orders"."estimated_hours" > 0),
	CONSTRAINT "work_orders_pay" CHECK("work_orders"."pay_yen" >= 0)
);
--> statement-breakpoint
CREATE INDEX `work_orders_state_idx` ON `work_orders` (`state`);--> statement-breakpoint
CREATE INDEX `work_orders_org_idx` ON `work_orders` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `work_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`paid_on` text NOT NULL,
	`amount_yen` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`recorded_by` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "work_payments_amount" CHECK("work_payments"."amount_yen" > 0)
);
--> statement-breakpoint
CREATE INDEX `work_payments_order_idx` ON `work_payments` (`order_id`);--> statement-breakpoint
CREATE TABLE `work_ratings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`direction` text NOT NULL,
	`rater_id` integer,
	`worker_id` integer,
	`stars` integer NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`rater_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`worker_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "work_ratings_stars" CHECK("work_ratings"."stars" between 1 and 5)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `work_ratings_of_worker_once` ON `work_ratings` (`order_id`,`worker_id`) WHERE direction = 'firm_to_worker';--> statement-breakpoint
CREATE UNIQUE INDEX `work_ratings_of_firm_once` ON `work_ratings` (`order_id`,`rater_id`) WHERE direction = 'worker_to_firm';--> statement-breakpoint
CREATE INDEX `work_ratings_worker_idx` ON `work_ratings` (`worker_id`);--> statement-breakpoint
CREATE TABLE `work_workers` (
	`order_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`order_id`, `user_id`),
	FOREIGN KEY (`order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `work_workers_user_idx` ON `work_workers` (`user_id`);