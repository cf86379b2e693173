import type { Language, ModelInfo, TokenUsage } from '@draftbench/contracts';
import { CJK, LETTER_OR_DIGIT, PAIR, kindAt } from './char-kinds.js';
import type { RenderedPrompt } from './prompt.js';

/**
 * Rough token count for text of either language, used when a server reports no usage and by the
 * template engine: ≈1 token per CJK character, ≈1.3 per other word (a BPE tokeniser's typical rate).
 */
export function estimateTokens(text: string): number {
  // One pass: CJK characters count one each and split words; a word is a run of other letters/digits.
  let cjk = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const kind = kindAt(text, i);
    if (kind & PAIR) i++;
    if (kind & CJK) {
      cjk++;
      inWord = false;
    } else if (kind & LETTER_OR_DIGIT) {
      if (!inWord) words++;
      inWord = true;
    } else {
      inWord = false;
    }
  }
  return cjk + Math.ceil(words * 1.3);
}

export function estimateUsage(prompt: RenderedPrompt, completion: string): TokenUsage {
  const promptTokens = estimateTokens(`${prompt.system}\n${prompt.user}`);
  const completionTokens = estimateTokens(completion);
  return { promptTokens, completionTokens, totalTokens: promptTokens + completionTokens };
}

/** Cost in USD from per-1M-token prices, rounded to 1e-8 so sums stay stable in the database. */
export function computeCostUsd(usage: TokenUsage, model: ModelInfo): number {
  const cost =
    (usage.promptTokens * model.inputPricePerMTokUsd + usage.completionTokens * model.outputPricePerMTokUsd) /
    1_000_000;
  return Math.round(cost * 1e8) / 1e8;
}

/** Completion tokens assumed when a job sets no max_tokens: room for the brief's target length and more. */
const COMPLETION_HEADROOM = 1.5;

/**
 * Tokens one call may use, known before it is made: the prompt plus `maxTokens`, or, without it, the
 * brief's target length (characters for zh, words for en) with headroom. Budgets charge this up front
 * and settle with the usage the provider reports.
 */
export function estimateRequestTokens(
  prompt: Pick<RenderedPrompt, 'system' | 'user'>,
  limits: { maxTokens?: number; targetLength: number; language: Language },
): number {
  const promptTokens = estimateTokens(`${prompt.system}\n${prompt.user}`);
  const perUnit = limits.language === 'zh' ? 1 : 1.3;
  const completion = limits.maxTokens ?? Math.ceil(limits.targetLength * perUnit * COMPLETION_HEADROOM);
  return promptTokens + completion;
}
