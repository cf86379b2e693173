import { checkMatchesKept } from '@draftbench/regex-prefilter/testing';
import { describe, expect, it } from 'vitest';
import { checkText } from './check-text.js';
import { EVAL_SET } from './evaluation/eval-set.js';
import { normalizeText } from './normalize.js';
import { SIGNAL_PATTERNS, signalScanner } from './signal.js';

// Importing check-text.js loads every rule, context and marker: by now each signal's pattern is registered.
void checkText;
const scanForSignals = signalScanner();

/** The prefilter may skip a pattern only where it cannot match: a miss here would let a harmful text through. */
describe('the signal prefilter', () => {
  it('has every signal of the rules, contexts and markers', () => {
    expect(SIGNAL_PATTERNS.length).toBeGreaterThan(80);
  });

  it('never skips a signal that matches a text of the evaluation set', () => {
    for (const { text } of EVAL_SET) {
      const scanned = scanForSignals(normalizeText(text));
      for (const view of ['plain', 'folded'] as const)
        for (const pattern of SIGNAL_PATTERNS)
          if (pattern.test(scanned[view])) expect(scanned.seen?.[view].mayMatch(pattern), text).toBe(true);
    }
  });

  it('never skips a signal on texts shaped by its own pattern', () => {
    let matched = 0;
    for (const pattern of SIGNAL_PATTERNS) {
      const mayMatch = (text: string) =>
        scanForSignals({ plain: text, folded: text }).seen?.folded.mayMatch(pattern) === true;
      matched += checkMatchesKept(pattern, mayMatch, { numRuns: 60, seed: 3, around: 8 });
    }
    expect(matched / (60 * SIGNAL_PATTERNS.length)).toBeGreaterThan(0.3);
  });
});
