CREATE TABLE `calendar_feeds` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`secret_hash` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feeds_secret_hash_unique` ON `calendar_feeds` (`secret_hash`);--> statement-breakpoint
ALTER TABLE `cohorts` ADD `meeting_weekday` integer;--> statement-breakpoint
ALTER TABLE `cohorts` ADD `meeting_time` text;--> statement-breakpoint
ALTER TABLE `cohorts` ADD `meeting_place` text DEFAULT '' NOT NULL;