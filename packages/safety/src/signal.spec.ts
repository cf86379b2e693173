import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.js';
import { en, matchSignal, signal } from './signal.js';

describe('matchSignal', () => {
  const PHISH = signal('phish', en('phish\\w*'));
  const DIGITS = signal('digits', en('ph1sh'));

  it('finds a match in the folded view', () => {
    expect(matchSignal(PHISH, normalizeText('a p.h.i.s.h kit'))).toBe('phish');
  });

  it('finds a match only the plain view has, when the views differ', () => {
    const text = normalizeText('ph1sh kit');
    expect(text.folded).not.toBe(text.plain);
    expect(matchSignal(DIGITS, text)).toBe('ph1sh');
  });

  it('returns null when neither view matches, equal views included', () => {
    const same = normalizeText('a plain sentence');
    expect(same.folded).toBe(same.plain);
    expect(matchSignal(PHISH, same)).toBeNull();
    expect(matchSignal(DIGITS, { plain: 'phish', folded: 'phish' })).toBeNull();
  });
});
