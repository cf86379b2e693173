CREATE TABLE "vote_tallies" (
	"day" timestamp with time zone NOT NULL,
	"left_draft_id" uuid NOT NULL,
	"right_draft_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"votes" integer NOT NULL,
	CONSTRAINT "vote_tallies_day_left_draft_id_right_draft_id_outcome_pk" PRIMARY KEY("day","left_draft_id","right_draft_id","outcome")
);
--> statement-breakpoint
CREATE INDEX "votes_created_idx" ON "votes" USING btree ("created_at");--> statement-breakpoint
-- Hand-written from here: the triggers that keep vote_tallies, and the backfill of existing votes.
-- Statement-level with a transition table, so a bulk insert costs one upsert per (day, pair, outcome).
CREATE FUNCTION "vote_tallies_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO vote_tallies AS t (day, left_draft_id, right_draft_id, outcome, votes)
  SELECT date_trunc('day', created_at, 'UTC'), left_draft_id, right_draft_id, outcome, count(*)
  FROM inserted_votes WHERE blind
  GROUP BY 1, 2, 3, 4
  ON CONFLICT (day, left_draft_id, right_draft_id, outcome) DO UPDATE SET votes = t.votes + excluded.votes;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "votes_tally" AFTER INSERT ON "votes"
  REFERENCING NEW TABLE AS inserted_votes FOR EACH STATEMENT EXECUTE FUNCTION "vote_tallies_add"();
--> statement-breakpoint
-- A saved vote is locked (the API answers 409 to a change); refusing it here too keeps the tallies exact.
CREATE FUNCTION "votes_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'votes are immutable once saved' USING ERRCODE = 'restrict_violation';
END $$;
--> statement-breakpoint
CREATE TRIGGER "votes_locked" BEFORE UPDATE OR DELETE OR TRUNCATE ON "votes"
  FOR EACH STATEMENT EXECUTE FUNCTION "votes_locked"();
--> statement-breakpoint
INSERT INTO vote_tallies (day, left_draft_id, right_draft_id, outcome, votes)
SELECT date_trunc('day', created_at, 'UTC'), left_draft_id, right_draft_id, outcome, count(*)
FROM votes WHERE blind
GROUP BY 1, 2, 3, 4;
