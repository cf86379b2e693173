CREATE TABLE "rating_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"task_id" uuid NOT NULL,
	"rater_id" uuid NOT NULL,
	"left_draft_id" uuid NOT NULL,
	"right_draft_id" uuid NOT NULL,
	"status" text DEFAULT 'assigned' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"brief_id" uuid NOT NULL,
	"draft_a_id" uuid NOT NULL,
	"draft_b_id" uuid NOT NULL,
	"rater_target" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"rater_id" uuid NOT NULL,
	"left_draft_id" uuid NOT NULL,
	"right_draft_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"reason" text,
	"rubric" jsonb NOT NULL,
	"comment" text,
	"time_taken_ms" integer NOT NULL,
	"blind" boolean NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "drafts" ADD COLUMN "reveals_origin" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "rating_assignments" ADD CONSTRAINT "rating_assignments_task_id_rating_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."rating_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_assignments" ADD CONSTRAINT "rating_assignments_rater_id_users_id_fk" FOREIGN KEY ("rater_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_tasks" ADD CONSTRAINT "rating_tasks_brief_id_briefs_id_fk" FOREIGN KEY ("brief_id") REFERENCES "public"."briefs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_tasks" ADD CONSTRAINT "rating_tasks_draft_a_id_drafts_id_fk" FOREIGN KEY ("draft_a_id") REFERENCES "public"."drafts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_tasks" ADD CONSTRAINT "rating_tasks_draft_b_id_drafts_id_fk" FOREIGN KEY ("draft_b_id") REFERENCES "public"."drafts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_assignment_id_rating_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."rating_assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_task_id_rating_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."rating_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "votes" ADD CONSTRAINT "votes_rater_id_users_id_fk" FOREIGN KEY ("rater_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "rating_assignments_rater_uq" ON "rating_assignments" USING btree ("task_id","rater_id");--> statement-breakpoint
CREATE INDEX "rating_assignments_rater_idx" ON "rating_assignments" USING btree ("rater_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_tasks_pair_uq" ON "rating_tasks" USING btree ("draft_a_id","draft_b_id");--> statement-breakpoint
CREATE UNIQUE INDEX "votes_assignment_uq" ON "votes" USING btree ("assignment_id");--> statement-breakpoint
CREATE INDEX "votes_rater_created_idx" ON "votes" USING btree ("rater_id","created_at");--> statement-breakpoint
CREATE INDEX "votes_task_idx" ON "votes" USING btree ("task_id");