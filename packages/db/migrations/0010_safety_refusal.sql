ALTER TABLE "generation_jobs" ADD COLUMN "refusal" jsonb;--> statement-breakpoint
-- Hand-written backfill: drafts held before the safety gate carry no gate check.
UPDATE "drafts" SET "moderation" = "moderation" || '{"safety": null}'::jsonb WHERE "moderation" IS NOT NULL AND NOT "moderation" ? 'safety';
