CREATE TABLE `mentor_profiles` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`languages` text NOT NULL,
	`slots` text NOT NULL,
	`capacity` integer DEFAULT 1 NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`listed` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `mentor_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cohort_id` integer NOT NULL,
	`mentor_id` integer NOT NULL,
	`held_on` text NOT NULL,
	`minutes` integer NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mentor_sessions_mentor_idx` ON `mentor_sessions` (`mentor_id`);--> statement-breakpoint
CREATE INDEX `mentor_sessions_cohort_idx` ON `mentor_sessions` (`cohort_id`);--> statement-breakpoint
CREATE TABLE `mentorships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cohort_id` integer NOT NULL,
	`mentor_id` integer NOT NULL,
	`state` text DEFAULT 'proposed' NOT NULL,
	`proposed_by` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`responded_at` integer,
	`ended_at` integer,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `mentorships_mentor_idx` ON `mentorships` (`mentor_id`,`state`);--> statement-breakpoint
CREATE INDEX `mentorships_cohort_idx` ON `mentorships` (`cohort_id`,`state`);--> statement-breakpoint
CREATE UNIQUE INDEX `mentorships_open_unique` ON `mentorships` (`cohort_id`,`mentor_id`) WHERE state in ('proposed', 'active');--> statement-breakpoint
CREATE TABLE `session_attendees` (
	`session_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`rating` integer,
	`thanks` text,
	PRIMARY KEY(`session_id`, `user_id`),
	FOREIGN KEY (`session_id`) REFERENCES `mentor_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `session_attendees_user_idx` ON `session_attendees` (`user_id`);--> statement-breakpoint
ALTER TABLE `cohorts` ADD `inactive_days` integer DEFAULT 7 NOT NULL;