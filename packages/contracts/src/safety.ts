import { z } from 'zod';
import { ContentType, Language, Timestamp } from './common.js';

// What the safety gate (@draftbench/safety, docs/SAFETY.md) decides, as it crosses the API.

export const SafetyCategory = z
  .enum([
    'fraud_phishing',
    'malware_intrusion',
    'violence_weapons',
    'hate_harassment',
    'sexual_minors',
    'self_harm',
    'illegal_goods',
    'personal_data',
  ])
  .describe('What kind of harm a finding is about');
export type SafetyCategory = z.infer<typeof SafetyCategory>;

export const SafetyDecision = z
  .enum(['allow', 'flag', 'refuse'])
  .describe('allow: go ahead; flag: go ahead but show to a person for review; refuse: stop with the reason');
export type SafetyDecision = z.infer<typeof SafetyDecision>;

export const SafetyStage = z
  .enum(['brief', 'output', 'ugc'])
  .describe('brief: before any model call; output: an AI draft; ugc: a community draft');
export type SafetyStage = z.infer<typeof SafetyStage>;

export const SafetyContext = z
  .enum([
    'awareness',
    'training',
    'news',
    'fiction',
    'history',
    'support',
    'defensive_security',
    'counter_speech',
    'child_protection',
  ])
  .describe(
    'A framing that makes a harmful topic legitimate to write about (e.g. an anti-phishing awareness post)',
  );
export type SafetyContext = z.infer<typeof SafetyContext>;

export const LocalizedText = z.object({ zh: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const SafetyFinding = z.object({
  category: SafetyCategory,
  decision: SafetyDecision.describe('allow when a context defused the finding'),
  source: z.enum(['rules', 'moderation']),
  ruleId: z.string().describe('e.g. fraud.impersonation-credentials or moderation.violence'),
  evidence: z.array(z.string()).describe('The matched (normalised) text, or the moderation score'),
  defusedBy: z.array(SafetyContext),
  reason: LocalizedText,
});
export type SafetyFinding = z.infer<typeof SafetyFinding>;

export const SafetyVerdict = z.object({
  decision: SafetyDecision,
  category: SafetyCategory.nullable().describe('The category of the deciding finding; null when allowed'),
  reason: LocalizedText.nullable().describe('One sentence a person understands; null when allowed'),
  evidence: z.array(z.string()).describe('Evidence of the deciding finding'),
  contexts: z.array(SafetyContext).describe('Framings seen in the text'),
  findings: z.array(SafetyFinding).describe('Every finding, the defused ones included, most severe first'),
});
export type SafetyVerdict = z.infer<typeof SafetyVerdict>;

/** A refused brief: the verdict with its category and reason, which a refusal always has. */
export const SafetyRefusal = SafetyVerdict.extend({
  decision: z.literal('refuse'),
  category: SafetyCategory,
  reason: LocalizedText,
});
export type SafetyRefusal = z.infer<typeof SafetyRefusal>;

export const ModerationStatus = z
  .enum(['combined', 'skipped', 'unavailable'])
  .describe(
    "combined: the provider's moderation endpoint was asked and its answer folded into the rules' verdict; skipped: none is configured, or the rules had already refused; unavailable: it is configured but did not answer, so a person reviews the text",
  );
export type ModerationStatus = z.infer<typeof ModerationStatus>;

/** One pass of a text through the gate. */
export const SafetyCheck = z.object({
  stage: SafetyStage,
  verdict: SafetyVerdict,
  moderation: ModerationStatus,
});
export type SafetyCheck = z.infer<typeof SafetyCheck>;

export const SafetyRatesQuery = z.object({
  contentType: ContentType.optional(),
  language: Language.optional(),
  from: Timestamp.optional().describe('Jobs created at or after this time'),
  to: Timestamp.optional().describe('Jobs created before this time'),
});
export type SafetyRatesQuery = z.infer<typeof SafetyRatesQuery>;

export const SafetyRatesRow = z.object({
  provider: z.string(),
  model: z.string(),
  jobs: z
    .number()
    .int()
    .describe('Jobs that finished (succeeded, failed or refused); cancelled ones are left out'),
  refused: z.number().int().describe('Jobs whose brief the gate refused before any model call'),
  refusalRate: z.number().min(0).max(1).nullable().describe('refused / jobs; null without jobs'),
  outputs: z.number().int().describe('AI drafts the jobs stored'),
  flagged: z
    .number()
    .int()
    .describe(
      'AI drafts the gate flagged or refused at the output stage, whether a lead published them later or not',
    ),
  flagRate: z.number().min(0).max(1).nullable().describe('flagged / outputs; null without outputs'),
});
export type SafetyRatesRow = z.infer<typeof SafetyRatesRow>;

export const SafetyRates = z.object({ rows: z.array(SafetyRatesRow) });
export type SafetyRates = z.infer<typeof SafetyRates>;
