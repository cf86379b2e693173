import { z } from 'zod';
import { FactRiskFlag } from './fact-risk.js';
import { Id, Timestamp, page } from './common.js';
import { SafetyCheck } from './safety.js';

export const DraftOrigin = z.enum(['pgc', 'ugc', 'aigc', 'ai_assisted']);
export type DraftOrigin = z.infer<typeof DraftOrigin>;

export const VideoScene = z.object({
  index: z.number().int().min(1),
  seconds: z.number().int().min(1),
  shot: z.string(),
  onScreenText: z.string(),
  voiceOver: z.string(),
});
export type VideoScene = z.infer<typeof VideoScene>;

export const TokenUsage = z.object({
  promptTokens: z.number().int().min(0),
  completionTokens: z.number().int().min(0),
  totalTokens: z.number().int().min(0),
});
export type TokenUsage = z.infer<typeof TokenUsage>;

export const DraftAuthor = z.object({
  kind: z.enum(['user', 'model']),
  userId: Id.nullable(),
  provider: z.string().nullable(),
  model: z.string().nullable(),
  ruleBased: z.boolean().describe('True for drafts of the built-in rule-based template engine'),
});
export type DraftAuthor = z.infer<typeof DraftAuthor>;

/**
 * draft: a PGC draft being written or returned for changes; pending_review: submitted to a lead;
 * held: waiting for a lead in the review queue (UGC the screen or the safety gate held, AI drafts it flagged);
 * published: usable (AIGC, approved PGC, published UGC, saved AI-assisted edits); rejected: refused by a lead.
 */
export const DraftStatus = z.enum(['draft', 'pending_review', 'held', 'published', 'rejected']);
export type DraftStatus = z.infer<typeof DraftStatus>;

export const DiffPart = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });

/** What the human changed in an AI-assisted draft, against its parent AI draft. */
export const EditMetrics = z.object({
  normalizedEditDistance: z.number().min(0).max(1).describe('Characters for zh, words for en'),
  humanEditShare: z.number().min(0).max(1),
  provenance: z.enum(['ai_generated', 'ai_assisted_human_edited']),
  insertedTokens: z.number().int().min(0),
  deletedTokens: z.number().int().min(0),
  diff: z.array(DiffPart),
});
export type EditMetrics = z.infer<typeof EditMetrics>;

/** Why a draft was held, and what a lead decided. */
export const Moderation = z.object({
  reasons: z.array(z.string()).describe('What the UGC screen found, e.g. a link or a phone number'),
  safety: SafetyCheck.nullable().describe(
    'The safety gate’s check when the gate held the draft (flagged, refused, or moderation unavailable)',
  ),
  decision: z.enum(['publish', 'reject']).nullable(),
  decidedBy: Id.nullable(),
  note: z.string().nullable(),
  decidedAt: Timestamp.nullable(),
});
export type Moderation = z.infer<typeof Moderation>;

export const ProvenanceLabel = z
  .enum(['human', 'ai_generated', 'ai_assisted_human_edited'])
  .describe(
    'ai_assisted_human_edited once the human edit share of an AI draft passes HUMAN_EDIT_THRESHOLD; an AI-assisted draft below it is still ai_generated',
  );
export type ProvenanceLabel = z.infer<typeof ProvenanceLabel>;

/**
 * The implicit label of a text (DESIGN §6; the 2025 Chinese measures on labelling AI-generated content):
 * machine-readable metadata that travels with it in API answers, exports and HTML.
 */
export const Provenance = z.object({
  contentId: Id,
  origin: DraftOrigin,
  label: ProvenanceLabel,
  notice: z
    .object({ zh: z.string(), en: z.string() })
    .nullable()
    .describe('The explicit notice to show with the text; null for human texts'),
  provider: z.string().nullable(),
  model: z.string().nullable(),
  ruleBased: z.boolean(),
  templateVersion: z
    .string()
    .nullable()
    .describe('Prompt template id and version, e.g. marketing_copy.aida.en@1'),
  humanEditShare: z.number().min(0).max(1).nullable(),
  createdAt: Timestamp,
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('SHA-256 of the body (UTF-8), without the notice'),
});
export type Provenance = z.infer<typeof Provenance>;

export const Draft = z.object({
  id: Id,
  briefId: Id,
  jobId: Id.nullable(),
  variant: z.number().int().min(0).nullable(),
  origin: DraftOrigin,
  status: DraftStatus,
  parentDraftId: Id.nullable().describe('AI-assisted drafts: the AI draft that was edited'),
  body: z.string(),
  scenes: z.array(VideoScene).nullable().describe('Video scripts only: timed scenes'),
  author: DraftAuthor,
  usage: TokenUsage.nullable(),
  latencyMs: z.number().int().min(0).nullable(),
  humanMinutes: z.number().min(0).nullable().describe('PGC, UGC (self-reported) and AI-assisted effort'),
  costUsd: z.number().min(0).nullable(),
  editMetrics: EditMetrics.nullable(),
  moderation: Moderation.nullable(),
  provenance: Provenance,
  factFlags: z
    .array(FactRiskFlag)
    .nullable()
    .describe(
      'Claims (figures, money, dates, names, quotations) the brief does not support; null: not checked',
    ),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Draft = z.infer<typeof Draft>;

export const DraftList = z.object({ items: z.array(Draft) });
export type DraftList = z.infer<typeof DraftList>;

export const DraftPage = page(Draft);

const Minutes = z
  .number()
  .min(0)
  .max(24 * 60);

/** Autosave of a human draft: the text and the active editing seconds since the previous save. */
export const DraftSave = z.object({
  body: z.string().max(100_000),
  activeSeconds: z.number().int().min(0).max(3600).default(0),
});
export type DraftSave = z.infer<typeof DraftSave>;

export const UgcSubmission = z.object({
  body: z.string().trim().min(1).max(100_000),
  minutesSpent: Minutes.optional().describe('Self-reported, optional'),
});
export type UgcSubmission = z.infer<typeof UgcSubmission>;

export const ModerationDecision = z.object({
  decision: z.enum(['publish', 'reject']),
  reason: z.string().trim().max(1000).optional(),
});
export type ModerationDecision = z.infer<typeof ModerationDecision>;

/** Save of an AI-assisted edit; the first save creates the child draft of the AI draft. */
export const AssistedEditSave = DraftSave.extend({ body: z.string().trim().min(1).max(100_000) });
export type AssistedEditSave = z.infer<typeof AssistedEditSave>;
