import { z } from 'zod';

// The schemas of what the safety gate hands to the API; they move to @draftbench/contracts when the gate is wired in.

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
