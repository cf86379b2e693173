import { z } from 'zod';
import { RULES } from './rules/index.js';
import { verdictFrom } from './decide.js';
import {
  type LocalizedText,
  type SafetyCategory,
  type SafetyContext,
  type SafetyFinding,
  type SafetyVerdict,
} from './verdict.js';

/** The body of an OpenAI-style `POST /moderations` answer; unknown fields and categories pass through. */
export const ModerationResponse = z.object({
  results: z
    .array(
      z.object({
        flagged: z.boolean(),
        categories: z.record(z.string(), z.boolean().nullable()),
        category_scores: z.record(z.string(), z.number().nullable()),
      }),
    )
    .min(1),
});
export type ModerationResponse = z.infer<typeof ModerationResponse>;

/**
 * Provider categories onto ours. Adult `sexual` content has no category of its own in the gate and is not
 * mapped; `illicit` (non-violent wrongdoing) lands on illegal goods and services.
 */
export const MODERATION_CATEGORIES: Readonly<Record<string, SafetyCategory>> = {
  'sexual/minors': 'sexual_minors',
  'self-harm': 'self_harm',
  'self-harm/intent': 'self_harm',
  'self-harm/instructions': 'self_harm',
  violence: 'violence_weapons',
  'violence/graphic': 'violence_weapons',
  'illicit/violent': 'violence_weapons',
  hate: 'hate_harassment',
  'hate/threatening': 'hate_harassment',
  harassment: 'hate_harassment',
  'harassment/threatening': 'hate_harassment',
  illicit: 'illegal_goods',
};

const REASONS: Record<SafetyCategory, LocalizedText> = {
  fraud_phishing: {
    en: 'The moderation service classed this as fraud.',
    zh: '内容审核服务判定该内容涉及诈骗。',
  },
  malware_intrusion: {
    en: 'The moderation service classed this as hacking or malware.',
    zh: '内容审核服务判定该内容涉及黑客攻击或恶意软件。',
  },
  violence_weapons: {
    en: 'The moderation service classed this as violent content.',
    zh: '内容审核服务判定该内容涉及暴力。',
  },
  hate_harassment: {
    en: 'The moderation service classed this as hateful or harassing.',
    zh: '内容审核服务判定该内容涉及仇恨或骚扰。',
  },
  sexual_minors: {
    en: 'The moderation service classed this as sexual content involving minors, which is never allowed.',
    zh: '内容审核服务判定该内容涉及未成年人的性内容，这是绝不允许的。',
  },
  self_harm: {
    en: 'The moderation service classed this as about self-harm. If you or someone you know is struggling, please reach out to a local crisis line.',
    zh: '内容审核服务判定该内容涉及自我伤害。如果你或身边的人正处于困境，请联系当地心理援助热线。',
  },
  illegal_goods: {
    en: 'The moderation service classed this as promoting illegal goods or activity.',
    zh: '内容审核服务判定该内容涉及违法商品或活动。',
  },
  personal_data: {
    en: 'The moderation service classed this as exposing personal data.',
    zh: '内容审核服务判定该内容泄露个人信息。',
  },
};

/** The framings that defuse a category somewhere in the rules: the same ones soften a provider's refusal. */
function framingsOf(category: SafetyCategory): Set<SafetyContext> {
  return new Set(RULES.filter((r) => r.category === category).flatMap((r) => r.defusedBy));
}

export interface ModerationOptions {
  /** A provider-flagged category at or above this score refuses; below it, flags. Default 0.8. */
  refuseScore?: number;
}

/**
 * What the provider flagged, as findings. A flagged category refuses when its score is high, else flags.
 * The provider does not see our framings, so where the rules found one that legitimately covers the category
 * (a news report on an attack), a refusal becomes a flag for a person — except sexual content with minors.
 */
export function moderationFindings(
  moderation: ModerationResponse,
  contexts: readonly SafetyContext[],
  { refuseScore = 0.8 }: ModerationOptions = {},
): SafetyFinding[] {
  const strongest = new Map<string, number>();
  for (const result of moderation.results) {
    for (const [key, flagged] of Object.entries(result.categories)) {
      if (flagged !== true || !(key in MODERATION_CATEGORIES)) continue;
      const score = result.category_scores[key] ?? 0;
      strongest.set(key, Math.max(score, strongest.get(key) ?? 0));
    }
  }
  return [...strongest].map(([key, score]) => {
    const category = MODERATION_CATEGORIES[key] as SafetyCategory;
    const framings = contexts.filter((c) => framingsOf(category).has(c));
    const softened = category !== 'sexual_minors' && framings.length > 0;
    return {
      category,
      decision: score >= refuseScore && !softened ? 'refuse' : 'flag',
      source: 'moderation',
      ruleId: `moderation.${key}`,
      evidence: [`${key} ${score.toFixed(2)}`],
      defusedBy: softened ? framings : [],
      reason: REASONS[category],
    };
  });
}

/** The rules' verdict with the provider's moderation folded in; the most severe finding decides. */
export function combineWithModeration(
  verdict: SafetyVerdict,
  moderation: ModerationResponse,
  options: ModerationOptions = {},
): SafetyVerdict {
  return verdictFrom(
    [...verdict.findings, ...moderationFindings(moderation, verdict.contexts, options)],
    verdict.contexts,
  );
}
