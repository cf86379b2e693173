import { type Signal } from './signal.js';
import { type LocalizedText, type SafetyCategory, type SafetyContext } from './verdict.js';

/**
 * One harmful intent: every signal in `allOf` must match. A rule is never a bare keyword — it names what
 * the text would be used for, and which framings (`defusedBy`) make writing about it legitimate.
 */
export interface Rule {
  readonly id: string;
  readonly category: SafetyCategory;
  readonly allOf: readonly Signal[];
  /** Framings that make the text legitimate; empty when nothing does (e.g. sexual content with minors). */
  readonly defusedBy: readonly SafetyContext[];
  /**
   * Concrete-instruction rules (recipes, code, methods): once the text asks for steps — or, at the output
   * and UGC stages, has the shape of steps — no framing defuses them. A thriller may say a bomb was built;
   * it may not say how.
   */
  readonly operational?: boolean;
  /** `flag` sends the text to a person instead of stopping it. Default `refuse`. */
  readonly decision?: 'refuse' | 'flag';
  readonly reason: LocalizedText;
}
