ALTER TABLE "api_keys" ADD COLUMN "active_jobs" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Hand-written backfill: the counter starts at each key's queued and running jobs.
UPDATE "api_keys" SET "active_jobs" = (SELECT count(*) FROM "generation_jobs" j WHERE j."api_key_id" = "api_keys"."id" AND j."state" IN ('queued', 'running'));
