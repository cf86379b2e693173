import { normalizedEditDistance } from './edit-distance.js';
import { type Language } from './tokenize.js';

export type ProvenanceLabel = 'ai_generated' | 'ai_assisted_human_edited';

/** Default share of human edits from which an AI draft counts as "AI-assisted, human-edited". */
export const DEFAULT_HUMAN_EDIT_THRESHOLD = 0.3;

/**
 * The share of an AI draft (`before`) that a person changed to get `after`: the normalised edit distance in
 * the language's unit (characters for zh, words for en), in [0, 1]. 0: untouched; 1: fully rewritten.
 */
export function humanEditShare(before: string, after: string, language: Language): number {
  return normalizedEditDistance(before, after, language);
}

/**
 * The provenance label of an AI-assisted draft. DESIGN §2: "its provenance label follows the share of human
 * edits"; §6: the explicit notice reads "AI-generated" until human edits pass a threshold, then
 * "AI-assisted, human-edited". A share at or above `threshold` passes it. The threshold is configurable
 * (0 < threshold ≤ 1): it is a policy choice, not a fact of the text.
 */
export function provenanceLabel(share: number, threshold = DEFAULT_HUMAN_EDIT_THRESHOLD): ProvenanceLabel {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`share must be within [0, 1], got ${share}`);
  if (!(threshold > 0 && threshold <= 1)) {
    throw new RangeError(`threshold must be within (0, 1], got ${threshold}`);
  }
  return share >= threshold ? 'ai_assisted_human_edited' : 'ai_generated';
}
