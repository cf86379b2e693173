import type { Draft, LocalizedText, SafetyCheck } from '@draftbench/contracts';

/** The gate's sentences come in Chinese and English; the reader's language picks one. */
export const localized = (text: LocalizedText, language: string): string =>
  language.startsWith('zh') ? text.zh : text.en;

/** The gate's check of a draft it holds for a lead; null when the draft is not held by the gate. */
export const heldCheck = (draft: Draft): SafetyCheck | null =>
  draft.status === 'held' ? (draft.moderation?.safety ?? null) : null;

/** Why the gate holds a text, as the key of its notice's title. */
export function heldTitleKey(
  check: SafetyCheck,
): 'safety.held.unchecked' | 'safety.held.brief' | 'safety.held.text' {
  if (check.verdict.decision === 'allow') return 'safety.held.unchecked';
  return check.stage === 'brief' ? 'safety.held.brief' : 'safety.held.text';
}

/** A rate as a percentage, or a dash without anything to count. */
export const formatRate = (rate: number | null, language: string): string =>
  rate === null
    ? '—'
    : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
