import type {
  DraftOrigin,
  GenerationParameters,
  JobError,
  JobState,
  TokenUsage,
  VideoScene,
} from '@draftbench/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();

export const briefs = pgTable(
  'briefs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contentType: text('content_type').notNull(),
    language: text('language').notNull(),
    title: text('title').notNull(),
    targetLength: integer('target_length').notNull(),
    tone: text('tone'),
    audience: text('audience'),
    facts: jsonb('facts')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** The typed fields of the content type, validated by the contracts' zod schema before every write. */
    fields: jsonb('fields').$type<Record<string, unknown>>().notNull(),
    status: text('status').notNull().default('open'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('briefs_created_idx').on(t.createdAt.desc(), t.id.desc())],
);

export const generationJobs = pgTable(
  'generation_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    briefId: uuid('brief_id')
      .notNull()
      .references(() => briefs.id),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    promptTemplate: text('prompt_template').notNull(),
    variants: integer('variants').notNull(),
    parameters: jsonb('parameters').$type<GenerationParameters>().notNull(),
    state: text('state').$type<JobState>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    error: jsonb('error').$type<JobError>(),
    usage: jsonb('usage').$type<TokenUsage>(),
    costUsd: doublePrecision('cost_usd'),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }),
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('generation_jobs_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('generation_jobs_brief_idx').on(t.briefId),
    index('generation_jobs_state_idx').on(t.state),
  ],
);

export const drafts = pgTable(
  'drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    briefId: uuid('brief_id')
      .notNull()
      .references(() => briefs.id),
    jobId: uuid('job_id').references(() => generationJobs.id),
    variant: integer('variant'),
    origin: text('origin').$type<DraftOrigin>().notNull(),
    body: text('body').notNull(),
    scenes: jsonb('scenes').$type<VideoScene[]>(),
    authorKind: text('author_kind').$type<'user' | 'model'>().notNull(),
    authorUserId: uuid('author_user_id'),
    provider: text('provider'),
    model: text('model'),
    ruleBased: boolean('rule_based').notNull().default(false),
    usage: jsonb('usage').$type<TokenUsage>(),
    latencyMs: integer('latency_ms'),
    costUsd: doublePrecision('cost_usd'),
    createdAt: createdAt(),
  },
  (t) => [
    // A retried job must not store a variant twice.
    uniqueIndex('drafts_job_variant_uq').on(t.jobId, t.variant),
    index('drafts_brief_idx').on(t.briefId, t.createdAt),
  ],
);

export type BriefRow = typeof briefs.$inferSelect;
export type JobRow = typeof generationJobs.$inferSelect;
export type DraftRow = typeof drafts.$inferSelect;
