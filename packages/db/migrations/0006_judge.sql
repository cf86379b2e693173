CREATE TABLE "judge_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider" text NOT NULL,
	"model" text NOT NULL,
	"content_type" text,
	"language" text,
	"pairs" jsonb NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" jsonb,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "judge_verdicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"brief_id" uuid NOT NULL,
	"draft_a_id" uuid NOT NULL,
	"draft_b_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"model" text NOT NULL,
	"outcome_ab" text,
	"outcome_ba" text,
	"outcome" text,
	"status" text NOT NULL,
	"rubric" jsonb NOT NULL,
	"calls" jsonb NOT NULL,
	"usage" jsonb NOT NULL,
	"cost_usd" double precision NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "judge_runs" ADD CONSTRAINT "judge_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "judge_verdicts" ADD CONSTRAINT "judge_verdicts_run_id_judge_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."judge_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "judge_verdicts" ADD CONSTRAINT "judge_verdicts_brief_id_briefs_id_fk" FOREIGN KEY ("brief_id") REFERENCES "public"."briefs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "judge_verdicts" ADD CONSTRAINT "judge_verdicts_draft_a_id_drafts_id_fk" FOREIGN KEY ("draft_a_id") REFERENCES "public"."drafts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "judge_verdicts" ADD CONSTRAINT "judge_verdicts_draft_b_id_drafts_id_fk" FOREIGN KEY ("draft_b_id") REFERENCES "public"."drafts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "judge_runs_created_idx" ON "judge_runs" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "judge_verdicts_pair_judge_uq" ON "judge_verdicts" USING btree ("draft_a_id","draft_b_id","provider","model");--> statement-breakpoint
CREATE INDEX "judge_verdicts_run_idx" ON "judge_verdicts" USING btree ("run_id");