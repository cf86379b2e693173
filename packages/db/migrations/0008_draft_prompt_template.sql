ALTER TABLE "drafts" ADD COLUMN "prompt_template" text;--> statement-breakpoint
-- Hand-written: drafts stored before this migration take the template of their job (AI-assisted: of the AI draft).
UPDATE "drafts" d SET "prompt_template" = j."prompt_template" FROM "generation_jobs" j WHERE j."id" = d."job_id";
--> statement-breakpoint
UPDATE "drafts" d SET "prompt_template" = p."prompt_template" FROM "drafts" p WHERE p."id" = d."parent_draft_id" AND d."prompt_template" IS NULL;
