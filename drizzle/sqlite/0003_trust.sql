ALTER TABLE `annotations` ADD `external_id` text;--> statement-breakpoint
CREATE INDEX `annotations_article_external` ON `annotations` (`article_id`,`external_id`);--> statement-breakpoint
ALTER TABLE `articles` ADD `sign_off` text;