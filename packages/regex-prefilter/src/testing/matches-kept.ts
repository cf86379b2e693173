import fc from 'fast-check';
import { textShapedBy } from './text-shaped-by.js';

export interface MatchesKeptOptions {
  /** Texts tried. */
  readonly numRuns: number;
  readonly seed: number;
  /** Longest random text on either side of the shaped part. */
  readonly around?: number;
}

/**
 * Property: wherever `pattern` matches a text (shaped by the pattern, with random text around it), `mayMatch`
 * says it may. Throws fast-check's counterexample otherwise. Returns how many of the texts the pattern matched:
 * the property is only as good as that number, so callers check it.
 */
export function checkMatchesKept(
  pattern: RegExp,
  mayMatch: (text: string) => boolean,
  { numRuns, seed, around = 12 }: MatchesKeptOptions,
): number {
  let matched = 0;
  const side = fc.string({ maxLength: around });
  fc.assert(
    fc.property(side, textShapedBy(pattern), side, (before, shaped, after) => {
      const text = `${before}${shaped}${after}`;
      if (!pattern.test(text)) return true;
      matched++;
      return mayMatch(text);
    }),
    { numRuns, seed },
  );
  return matched;
}
