CREATE TABLE "provider_call_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"key" varchar(255) NOT NULL,
	"at" bigint NOT NULL,
	"tokens" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "provider_call_log_key_at_idx" ON "provider_call_log" USING btree ("key","at");