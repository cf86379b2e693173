import type {
  AssignmentState,
  ContentType,
  JudgeRunState,
  Language,
  DraftOrigin,
  DraftStatus,
  EditMetrics,
  FactRiskFlag,
  FieldError,
  Moderation,
  Role,
  SafetyRefusal,
  Scope,
  BothBadReason,
  VoteOutcome,
  GenerationParameters,
  JobError,
  JobState,
  TokenUsage,
  VideoScene,
  WebhookDeliveryState,
  WebhookEventType,
} from '@draftbench/contracts';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  varchar,
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
    batchId: uuid('batch_id'),
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
    /** The safety gate's verdict on a refused brief (state `refused`). */
    refusal: jsonb('refusal').$type<SafetyRefusal>(),
    usage: jsonb('usage').$type<TokenUsage>(),
    costUsd: doublePrecision('cost_usd'),
    createdAt: createdAt(),
    batchId: uuid('batch_id'),
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }),
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
    /** The caller: the signed-in user, or the owner of the API key it came with. */
    createdBy: uuid('created_by').references(() => users.id),
    apiKeyId: uuid('api_key_id').references(() => apiKeys.id),
    idempotencyKey: text('idempotency_key'),
    /** The caller's own webhook for this job (JobCreate.webhook); the secret is never returned. */
    webhookUrl: text('webhook_url'),
    webhookSecret: text('webhook_secret'),
  },
  (t) => [
    index('generation_jobs_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('generation_jobs_brief_idx').on(t.briefId),
    index('generation_jobs_state_idx').on(t.state),
    index('generation_jobs_batch_idx').on(t.batchId),
    // Recounting a key's queued and running jobs (the reconciler's check of api_keys.active_jobs).
    index('generation_jobs_api_key_state_idx').on(t.apiKeyId, t.state),
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
    status: text('status').$type<DraftStatus>().notNull().default('published'),
    parentDraftId: uuid('parent_draft_id'),
    body: text('body').notNull(),
    scenes: jsonb('scenes').$type<VideoScene[]>(),
    authorKind: text('author_kind').$type<'user' | 'model'>().notNull(),
    authorUserId: uuid('author_user_id'),
    provider: text('provider'),
    model: text('model'),
    ruleBased: boolean('rule_based').notNull().default(false),
    /** Prompt template id@version of the job that wrote it (AI-assisted: of the AI draft it edits). */
    promptTemplate: text('prompt_template'),
    usage: jsonb('usage').$type<TokenUsage>(),
    latencyMs: integer('latency_ms'),
    humanMinutes: doublePrecision('human_minutes'),
    costUsd: doublePrecision('cost_usd'),
    editMetrics: jsonb('edit_metrics').$type<EditMetrics>(),
    moderation: jsonb('moderation').$type<Moderation>(),
    /** Claims the brief does not support, found whenever the body is written (null: stored before checking existed). */
    factFlags: jsonb('fact_flags').$type<FactRiskFlag[]>(),
    /** The text gives away that a model wrote it ("as an AI language model…"): kept out of blind pairs. */
    revealsOrigin: boolean('reveals_origin').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    // A retried job must not store a variant twice.
    uniqueIndex('drafts_job_variant_uq').on(t.jobId, t.variant),
    index('drafts_brief_idx').on(t.briefId, t.createdAt),
    index('drafts_status_idx').on(t.status),
    index('drafts_parent_idx').on(t.parentDraftId),
  ],
);

export const assignments = pgTable(
  'assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    briefId: uuid('brief_id')
      .notNull()
      .references(() => briefs.id),
    editorId: uuid('editor_id')
      .notNull()
      .references(() => users.id),
    assignedBy: uuid('assigned_by')
      .notNull()
      .references(() => users.id),
    state: text('state').$type<AssignmentState>().notNull().default('assigned'),
    note: text('note'),
    dueAt: timestamp('due_at', { withTimezone: true, precision: 3 }),
    draftId: uuid('draft_id').references(() => drafts.id),
    trackedSeconds: integer('tracked_seconds').notNull().default(0),
    correctedMinutes: doublePrecision('corrected_minutes'),
    correctionReason: text('correction_reason'),
    costUsd: doublePrecision('cost_usd'),
    createdAt: createdAt(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, precision: 3 }),
    approvedAt: timestamp('approved_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('assignments_brief_idx').on(t.briefId),
    index('assignments_editor_idx').on(t.editorId, t.state),
  ],
);

export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    reviewerId: uuid('reviewer_id')
      .notNull()
      .references(() => users.id),
    decision: text('decision').$type<'approve' | 'return'>().notNull(),
    comments: text('comments'),
    createdAt: createdAt(),
  },
  (t) => [index('reviews_assignment_idx').on(t.assignmentId, t.createdAt)],
);

export const promptTemplates = pgTable(
  'prompt_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    key: text('key').notNull(),
    contentType: text('content_type').notNull(),
    framework: text('framework').notNull(),
    language: text('language').notNull(),
    version: integer('version').notNull(),
    system: text('system').notNull(),
    user: text('user').notNull(),
    description: text('description').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('prompt_templates_version_uq').on(t.key, t.language, t.version)],
);

/** Movable labels: which version of a template `production` and `staging` point at. */
export const promptTemplateLabels = pgTable(
  'prompt_template_labels',
  {
    key: text('key').notNull(),
    language: text('language').notNull(),
    label: text('label').$type<'production' | 'staging'>().notNull(),
    version: integer('version').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.key, t.language, t.label] })],
);

export const batches = pgTable(
  'batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    createdBy: uuid('created_by').references(() => users.id),
    source: text('source').$type<'json' | 'csv'>().notNull(),
    fileName: text('file_name'),
    encoding: text('encoding'),
    targets: jsonb('targets').$type<{ provider: string; model: string }[]>().notNull(),
    variants: integer('variants').notNull(),
    totalRows: integer('total_rows').notNull(),
    acceptedRows: integer('accepted_rows').notNull(),
    rejectedRows: jsonb('rejected_rows').$type<{ line: number; errors: FieldError[] }[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('batches_created_idx').on(t.createdAt.desc(), t.id.desc())],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased; the unique index makes sign-in case-insensitive. */
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: jsonb('roles').$type<Role[]>().notNull(),
    hourlyRateUsd: doublePrecision('hourly_rate_usd'),
    disabled: boolean('disabled').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_uq').on(t.email)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie value: a leaked table does not hand out live sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The public 8-character id inside the key (`dbk_<publicId>_<secret>`): how a presented key is found. */
    publicId: text('public_id').notNull(),
    /** SHA-256 of the secret part: the secret itself is shown once and never stored. */
    secretHash: text('secret_hash').notNull(),
    scopes: jsonb('scopes').$type<Scope[]>().notNull(),
    rateLimitPerMinute: integer('rate_limit_per_minute'),
    maxConcurrentJobs: integer('max_concurrent_jobs'),
    /**
     * The key's jobs now `queued` or `running`, kept in the transaction that inserts a job and in the one
     * that ends it (apps/api/src/api-keys/job-slots.ts); the reconciler recounts keys that drifted.
     */
    activeJobs: integer('active_jobs').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, precision: 3 }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('api_keys_public_id_uq').on(t.publicId), index('api_keys_user_idx').on(t.userId)],
);

/**
 * The first answer to each `Idempotency-Key`, per caller (`user:<id>` or `key:<id>`). A row without a
 * status is a request still running; `leaseUntil` lets a retry take over one whose process died.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    caller: text('caller').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of method, path and body: the same key with another request is refused. */
    fingerprint: text('fingerprint').notNull(),
    /** Which claim owns the row: only that claim may store its answer or give the key back. */
    claim: uuid('claim').notNull(),
    leaseUntil: timestamp('lease_until', { withTimezone: true, precision: 3 }).notNull(),
    status: integer('status'),
    /** The JSON answer exactly as first sent. */
    body: text('body'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caller, t.key] }), index('idempotency_keys_expires_idx').on(t.expiresAt)],
);

/** Request counters of API keys on the PostgreSQL backend, in the layout rate-limiter-flexible reads. */
export const apiKeyRateLimits = pgTable('api_key_rate_limits', {
  key: varchar('key', { length: 255 }).primaryKey(),
  points: integer('points').notNull().default(0),
  /** Epoch milliseconds. */
  expire: bigint('expire', { mode: 'number' }),
});

/**
 * Provider calls inside their budget's rolling window on the PostgreSQL backend (the Redis backend keeps
 * the same log in a sorted set): one row per admitted call, deleted once it has left the window.
 */
export const providerCallLog = pgTable(
  'provider_call_log',
  {
    id: uuid('id').primaryKey(),
    /** Which budget: prefix and provider. */
    key: varchar('key', { length: 255 }).notNull(),
    /** When the call was admitted, epoch milliseconds on the database's clock. */
    at: bigint('at', { mode: 'number' }).notNull(),
    /** The call's estimate until it is settled with the usage the provider reported. */
    tokens: integer('tokens').notNull(),
  },
  (t) => [index('provider_call_log_key_at_idx').on(t.key, t.at)],
);

export type BriefRow = typeof briefs.$inferSelect;
export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type IdempotencyKeyRow = typeof idempotencyKeys.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type AssignmentRow = typeof assignments.$inferSelect;
export type ReviewRow = typeof reviews.$inferSelect;
export type PromptTemplateRow = typeof promptTemplates.$inferSelect;
export type BatchRow = typeof batches.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type JobRow = typeof generationJobs.$inferSelect;
export type DraftRow = typeof drafts.$inferSelect;

/** One pair of drafts of a brief, queued for k raters. The pair is stored in a canonical order (a < b). */
export const ratingTasks = pgTable(
  'rating_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    briefId: uuid('brief_id')
      .notNull()
      .references(() => briefs.id),
    draftAId: uuid('draft_a_id')
      .notNull()
      .references(() => drafts.id),
    draftBId: uuid('draft_b_id')
      .notNull()
      .references(() => drafts.id),
    raterTarget: integer('rater_target').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('rating_tasks_pair_uq').on(t.draftAId, t.draftBId)],
);

/** A task given to one rater, with the left/right order that rater sees. */
export const ratingAssignments = pgTable(
  'rating_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => ratingTasks.id),
    raterId: uuid('rater_id')
      .notNull()
      .references(() => users.id),
    leftDraftId: uuid('left_draft_id').notNull(),
    rightDraftId: uuid('right_draft_id').notNull(),
    status: text('status').$type<'assigned' | 'voted'>().notNull().default('assigned'),
    assignedAt: createdAt(),
  },
  (t) => [
    uniqueIndex('rating_assignments_rater_uq').on(t.taskId, t.raterId),
    index('rating_assignments_rater_idx').on(t.raterId, t.status),
  ],
);

export const votes = pgTable(
  'votes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** One vote per assignment: the vote is locked once saved. */
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => ratingAssignments.id),
    taskId: uuid('task_id')
      .notNull()
      .references(() => ratingTasks.id),
    raterId: uuid('rater_id')
      .notNull()
      .references(() => users.id),
    leftDraftId: uuid('left_draft_id').notNull(),
    rightDraftId: uuid('right_draft_id').notNull(),
    outcome: text('outcome').$type<VoteOutcome>().notNull(),
    reason: text('reason').$type<BothBadReason>(),
    rubric: jsonb('rubric').$type<Record<string, { left: number; right: number }>>().notNull(),
    comment: text('comment'),
    timeTakenMs: integer('time_taken_ms').notNull(),
    blind: boolean('blind').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('votes_assignment_uq').on(t.assignmentId),
    index('votes_rater_created_idx').on(t.raterId, t.createdAt),
    index('votes_task_idx').on(t.taskId),
    index('votes_created_idx').on(t.createdAt),
  ],
);

export type RatingTaskRow = typeof ratingTasks.$inferSelect;
export type RatingAssignmentRow = typeof ratingAssignments.$inferSelect;
export type VoteRow = typeof votes.$inferSelect;

/**
 * Blind votes counted per UTC day, ordered draft pair and outcome, kept by triggers on `votes` (migration
 * 0005) so that the leaderboard reads a few thousand rows instead of every vote. Votes are immutable:
 * the triggers refuse to update or delete them, which keeps these counts exact.
 */
export const voteTallies = pgTable(
  'vote_tallies',
  {
    day: timestamp('day', { withTimezone: true }).notNull(),
    leftDraftId: uuid('left_draft_id').notNull(),
    rightDraftId: uuid('right_draft_id').notNull(),
    outcome: text('outcome').$type<VoteOutcome>().notNull(),
    votes: integer('votes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.leftDraftId, t.rightDraftId, t.outcome] })],
);

/** A batch of pairs for the AI judge (one provider and model), queued on the `judge` queue. */
export const judgeRuns = pgTable(
  'judge_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    contentType: text('content_type').$type<ContentType>(),
    language: text('language').$type<Language>(),
    /** The pairs chosen at creation, in canonical order (a < b); a retried attempt judges the same set. */
    pairs: jsonb('pairs').$type<{ briefId: string; draftAId: string; draftBId: string }[]>().notNull(),
    state: text('state').$type<JudgeRunState>().notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    error: jsonb('error').$type<JobError>(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }),
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [index('judge_runs_created_idx').on(t.createdAt.desc(), t.id.desc())],
);

/**
 * The AI judge's verdict on a pair: two calls with the order swapped. Kept apart from `votes`, so the
 * people's leaderboard never counts it. One per pair and judge (provider, model): a retried run or a
 * second run of the same judge cannot judge a pair twice.
 */
export const judgeVerdicts = pgTable(
  'judge_verdicts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    runId: uuid('run_id')
      .notNull()
      .references(() => judgeRuns.id),
    briefId: uuid('brief_id')
      .notNull()
      .references(() => briefs.id),
    draftAId: uuid('draft_a_id')
      .notNull()
      .references(() => drafts.id),
    draftBId: uuid('draft_b_id')
      .notNull()
      .references(() => drafts.id),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    /** The judge's own answers, in the order it was shown: `a` is the draft shown first. Null: malformed. */
    outcomeAb: text('outcome_ab').$type<VoteOutcome>(),
    outcomeBa: text('outcome_ba').$type<VoteOutcome>(),
    /** The combined outcome with `a` = draft_a: the agreed outcome, a tie on disagreement, null if malformed. */
    outcome: text('outcome').$type<VoteOutcome>(),
    status: text('status').$type<'consistent' | 'inconsistent' | 'malformed'>().notNull(),
    /** Mean 1–5 score per criterion of draft a and draft b over the answers that scored them. */
    rubric: jsonb('rubric').$type<Record<string, { a: number; b: number }>>().notNull(),
    /** Per call: the order shown, the judge's reason, and for a malformed answer what was wrong and its text. */
    calls: jsonb('calls')
      .$type<{ order: 'ab' | 'ba'; reason: string | null; problem: string | null; answer: string | null }[]>()
      .notNull(),
    usage: jsonb('usage').$type<TokenUsage>().notNull(),
    costUsd: doublePrecision('cost_usd').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('judge_verdicts_pair_judge_uq').on(t.draftAId, t.draftBId, t.provider, t.model),
    index('judge_verdicts_run_idx').on(t.runId),
  ],
);

export type JudgeRunRow = typeof judgeRuns.$inferSelect;
export type JudgeVerdictRow = typeof judgeVerdicts.$inferSelect;

/**
 * A user's webhook endpoint. With an API key it receives events of the jobs that key creates; without,
 * of the jobs its owner creates while signed in. The secret is kept as is: every delivery is signed with it.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    apiKeyId: uuid('api_key_id').references(() => apiKeys.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    secret: text('secret').notNull(),
    events: jsonb('events').$type<WebhookEventType[]>().notNull(),
    description: text('description'),
    createdAt: createdAt(),
    disabledAt: timestamp('disabled_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('webhook_endpoints_owner_idx').on(t.ownerId, t.createdAt.desc()),
    index('webhook_endpoints_api_key_idx').on(t.apiKeyId),
  ],
);

/**
 * One event of a job sent to one target (an endpoint, or the job's own webhook when `endpoint_id` is
 * null). Written in the transaction that ends the job, so an event cannot be lost between the two.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The event's id in the body: shared by every target of the event and kept across retries. */
    eventId: uuid('event_id').notNull(),
    eventType: text('event_type').$type<WebhookEventType>().notNull(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => generationJobs.id),
    endpointId: uuid('endpoint_id').references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    /** Who may read and redeliver it: the endpoint's owner, or the creator of the job with its own webhook. */
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    state: text('state').$type<WebhookDeliveryState>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** 1, plus one per manual redelivery: the queue entry of each round has its own id. */
    round: integer('round').notNull().default(1),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    // A job ends once, so one delivery per job and target; a repeated write changes nothing.
    unique('webhook_deliveries_job_target_uq').on(t.jobId, t.endpointId).nullsNotDistinct(),
    index('webhook_deliveries_owner_idx').on(t.ownerId, t.createdAt.desc(), t.id.desc()),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId),
    index('webhook_deliveries_pending_idx')
      .on(t.state)
      .where(sql`state = 'pending'`),
  ],
);

/** The delivery log: one row per HTTP attempt. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** Null: no answer (refused target, network error, timeout). */
    statusCode: integer('status_code'),
    latencyMs: integer('latency_ms').notNull(),
    error: text('error'),
  },
  (t) => [primaryKey({ columns: [t.deliveryId, t.attempt] })],
);

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;
