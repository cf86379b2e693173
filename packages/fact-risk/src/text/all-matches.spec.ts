import { describe, expect, it } from 'vitest';
import { allMatches } from './all-matches.js';

const asMatchAll = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => ({ index: m.index, groups: [...m] }));
const asAllMatches = (text: string, pattern: RegExp) =>
  allMatches(text, pattern).map((m) => ({ index: m.index, groups: [...m] }));

describe('allMatches', () => {
  const texts = ['', 'a1b22c333', '2025年3月1日 and 3/1/2025', '😀a😀', 'x\u0301y', '三十五万，twenty-five'];
  const patterns = [/\d+/gu, /(\d)(\d)?/g, /x*/gu, /x*/g, /(?:)/gu, /\p{Script=Han}+/gu, /\b\w/g];

  it('finds what matchAll finds, empty matches and surrogate pairs included', () => {
    for (const text of texts)
      for (const pattern of patterns)
        expect(asAllMatches(text, pattern), `${String(pattern)} on ${text}`).toEqual(
          asMatchAll(text, pattern),
        );
  });

  it('starts from the beginning whatever the pattern was left at, and leaves it there', () => {
    const pattern = /\d/g;
    pattern.lastIndex = 5;
    expect(allMatches('12', pattern).map((m) => m[0])).toEqual(['1', '2']);
    expect(pattern.lastIndex).toBe(0);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => allMatches('1', /\d/)).toThrow(TypeError);
  });
});
