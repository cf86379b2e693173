import { describe, expect, it } from 'vitest';
import { RegexPrefilter } from './regex-prefilter.js';
import { checkMatchesKept } from './testing/matches-kept.js';

const PATTERNS = [
  /\b(?:phish\w*|smish\w*|credential harvest\w*)\b/u,
  /(?:钓鱼(?:邮件|网站)|假(?:冒)?官网)/u,
  /(?:\b(?:sell(?:ing|s)?|buy)\b)[^.!?。！？\n]{0,30}?(?:\b(?:meth|coke)(?! zero)\b)/u,
  /(?<![\d十])(?:[1-9]|1[0-7])岁|\b(?:[1-9]|1[0-7])[- ](?:year|yr)s?[- ]old\b/u,
  /(?:^|\n)\s*(?:step\s*)?\d{1,2}\s*[.)、:]\s/u,
  /colou?r (?:ab){2,3}|(x)y\1/u,
  /😀+ (?:lol|lmao)/u,
];

describe('RegexPrefilter', () => {
  const prefilter = new RegexPrefilter(PATTERNS);

  it('never rules out a pattern that matches', () => {
    for (const pattern of PATTERNS) {
      const matched = checkMatchesKept(pattern, (text) => prefilter.scan(text).mayMatch(pattern), {
        numRuns: 300,
        seed: 11,
      });
      // At least a fifth of the texts matched.
      expect(matched, String(pattern)).toBeGreaterThan(60);
    }
  });

  it('rules out a pattern whose literals are missing', () => {
    const seen = prefilter.scan('a plain sentence about kettles, 12 of them');
    expect(seen.mayMatch(PATTERNS[0]!)).toBe(false);
    expect(seen.mayMatch(PATTERNS[2]!)).toBe(false);
    // "sell" is here, but not "meth" or "coke": both sides of the gap are required.
    expect(prefilter.scan('we sell kettles').mayMatch(PATTERNS[2]!)).toBe(false);
    expect(prefilter.scan('we sell coke zero').mayMatch(PATTERNS[2]!)).toBe(true);
  });

  it('runs a pattern it was not built with', () => {
    expect(prefilter.scan('anything').mayMatch(/nothing like it/)).toBe(true);
  });
});
