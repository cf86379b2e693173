import { z } from 'zod';
import { Id, PageQuery, Timestamp, text } from './common.js';
import { Draft, TokenUsage } from './drafts.js';
import { SafetyRefusal } from './safety.js';
import { TemplateSelector } from './templates.js';
import { WebhookTarget } from './webhook-target.js';

export const JobState = z.enum(['queued', 'running', 'succeeded', 'failed', 'refused', 'cancelled']);
export type JobState = z.infer<typeof JobState>;
export const TERMINAL_JOB_STATES: readonly JobState[] = ['succeeded', 'failed', 'refused', 'cancelled'];
export const isTerminal = (state: JobState): boolean => TERMINAL_JOB_STATES.includes(state);

export const GenerationParameters = z.object({
  temperature: z.number().min(0).max(2).optional(),
  topP: z.number().gt(0).max(1).optional(),
  maxTokens: z.number().int().min(1).max(32_000).optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional()
    .describe('Makes the template engine deterministic; passed to providers that support it'),
});
export type GenerationParameters = z.infer<typeof GenerationParameters>;

export const JobCreate = z.object({
  briefId: Id,
  provider: text(64).default('template').describe('A provider name from GET /v1/providers'),
  model: text(128).optional().describe("Defaults to the provider's first model"),
  variants: z.number().int().min(1).max(8).default(1),
  parameters: GenerationParameters.default({}),
  template: TemplateSelector.optional().describe(
    "Which prompt template version to render; defaults to the production version of the brief's default key",
  ),
  webhook: WebhookTarget.optional().describe(
    "Also send this job's final event (job.succeeded, job.failed, job.refused, job.cancelled) here, signed with your secret; registered endpoints receive it too",
  ),
});
export type JobCreate = z.infer<typeof JobCreate>;
export type JobCreateInput = z.input<typeof JobCreate>;

export const JobError = z.object({
  code: z
    .string()
    .describe(
      'Stable machine-readable reason, e.g. provider_error, timeout, rate_limited, or budget_wait while a queued job waits for its provider budget',
    ),
  message: z.string().describe('What went wrong, in words a person can act on'),
});
export type JobError = z.infer<typeof JobError>;

export const Job = z.object({
  id: Id,
  briefId: Id,
  provider: z.string(),
  model: z.string(),
  promptTemplate: z.string().describe('Prompt template id and version used, e.g. builtin/marketing_copy@1'),
  variants: z.number().int(),
  parameters: GenerationParameters,
  state: JobState,
  attempts: z.number().int().min(0),
  error: JobError.nullable(),
  refusal: SafetyRefusal.nullable().describe(
    'Set when the safety gate refused the brief (state `refused`): the category and a reason in Chinese and English; no model was called',
  ),
  usage: TokenUsage.nullable(),
  costUsd: z.number().min(0).nullable(),
  createdAt: Timestamp,
  startedAt: Timestamp.nullable(),
  finishedAt: Timestamp.nullable(),
  createdBy: Id.nullable().describe('The user who created the job, or who owns the API key that did'),
  apiKeyId: Id.nullable().describe('The API key the job was created with; null for a signed-in person'),
  idempotencyKey: z.string().nullable().describe('The Idempotency-Key header of the creating request'),
});
export type Job = z.infer<typeof Job>;

export const JobWithDrafts = Job.extend({ drafts: z.array(Draft) });
export type JobWithDrafts = z.infer<typeof JobWithDrafts>;

export const JobListQuery = PageQuery.extend({
  state: JobState.optional(),
  briefId: Id.optional(),
});
export type JobListQuery = z.infer<typeof JobListQuery>;
