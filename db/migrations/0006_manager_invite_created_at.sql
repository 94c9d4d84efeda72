ALTER TABLE `organisations` ADD `manager_invite_created_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Links made before this column existed were made with their organisation.
UPDATE `organisations` SET `manager_invite_created_at` = `created_at`;
