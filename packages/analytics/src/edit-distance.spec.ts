import { describe, expect, it } from 'vitest';
import { editDistance, normalizedEditDistance } from './edit-distance.js';
import { randomText, referenceEditDistance, seededRandom } from './testing/random.js';
import { tokenize } from './tokenize.js';

const chars = (text: string) => Array.from(text);

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions of tokens', () => {
    expect(editDistance(chars('kitten'), chars('sitting'))).toBe(3);
    expect(editDistance(chars('flaw'), chars('lawn'))).toBe(2);
    expect(editDistance(['the', 'quick', 'brown', 'fox'], ['the', 'quick', 'red', 'fox'])).toBe(1);
    expect(editDistance(['a', 'b', 'c'], ['c', 'b', 'a'])).toBe(2);
  });

  it('handles empty sequences', () => {
    expect(editDistance([], [])).toBe(0);
    expect(editDistance([], ['a', 'b'])).toBe(2);
    expect(editDistance(['a', 'b', 'c'], [])).toBe(3);
  });

  it('matches the textbook table on random sequences, across 32-token block boundaries', () => {
    const random = seededRandom(20250101);
    for (let round = 0; round < 400; round++) {
      const alphabet = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].slice(0, 1 + Math.floor(random() * 8));
      const a = chars(randomText(random, alphabet, Math.floor(random() * 100)));
      const b = chars(randomText(random, alphabet, Math.floor(random() * 100)));
      expect(editDistance(a, b), `${a.join('')} → ${b.join('')}`).toBe(referenceEditDistance(a, b));
    }
    for (const n of [31, 32, 33, 63, 64, 65]) {
      const a = chars(randomText(random, ['x', 'y'], n));
      const b = chars(randomText(random, ['x', 'y', 'z'], 70));
      expect(editDistance(a, b)).toBe(referenceEditDistance(a, b));
      expect(editDistance(b, a)).toBe(referenceEditDistance(a, b));
    }
  });

  it('is a metric on random strings: identity, symmetry, bounds, triangle inequality', () => {
    const random = seededRandom(42);
    const alphabet = ['今', '天', '气', '好', 'a', 'b', '😀'];
    for (let round = 0; round < 300; round++) {
      const [x, y, z] = [0, 1, 2].map(() =>
        chars(randomText(random, alphabet, Math.floor(random() * 40))),
      ) as [string[], string[], string[]];
      const xy = editDistance(x, y);
      expect(editDistance(x, x)).toBe(0);
      expect(editDistance(y, x)).toBe(xy);
      expect(xy).toBeGreaterThanOrEqual(Math.abs(x.length - y.length));
      expect(xy).toBeLessThanOrEqual(Math.max(x.length, y.length));
      expect(xy).toBeLessThanOrEqual(editDistance(x, z) + editDistance(z, y));
    }
  });

  it('is exact on long texts with a shared prefix and suffix', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i % 997}`);
    const edited = [...words];
    edited[5_000] = 'changed';
    edited.splice(12_000, 2);
    edited.splice(15_000, 0, 'new');
    expect(editDistance(words, edited)).toBe(4);
  });

  it('computes a 20,000-token total rewrite exactly', () => {
    const before = Array.from({ length: 20_000 }, (_, i) => `a${i}`);
    const after = Array.from({ length: 20_000 }, (_, i) => `b${i}`);
    expect(editDistance(before, after)).toBe(20_000);
  });

  it('completes on two unrelated 5,000-token texts', () => {
    const random = seededRandom(7);
    const vocabulary = Array.from({ length: 500 }, (_, i) => `w${i} `);
    const a = tokenize(randomText(random, vocabulary, 5_000), 'en');
    const b = tokenize(randomText(random, vocabulary, 5_000), 'en');
    const distance = editDistance(a, b);
    expect(distance).toBeGreaterThan(0);
    expect(distance).toBeLessThanOrEqual(5_000);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('normalizedEditDistance', () => {
  it('counts characters for zh', () => {
    expect(editDistance(tokenize('今天天气很好', 'zh'), tokenize('今天天气不错', 'zh'))).toBe(2);
    expect(normalizedEditDistance('今天天气很好', '今天天气不错', 'zh')).toBe(2 / 6);
    expect(normalizedEditDistance('今天天气很好', '今天 天气\n很好', 'zh')).toBe(0);
  });

  it('counts words for en and ignores punctuation', () => {
    expect(normalizedEditDistance('the quick brown fox', 'the quick red fox', 'en')).toBe(1 / 4);
    expect(normalizedEditDistance('Hello, world.', 'Hello world!', 'en')).toBe(0);
    expect(normalizedEditDistance('the fox', 'the quick brown fox', 'en')).toBe(2 / 4);
  });

  it('counts an emoji or surrogate pair as one character', () => {
    expect(normalizedEditDistance('好👍', '好👎', 'zh')).toBe(1 / 2);
    expect(normalizedEditDistance('𠮷野家', '吉野家', 'zh')).toBe(1 / 3);
    expect(normalizedEditDistance('好👨‍👩‍👧', '好👨‍👩‍👦', 'zh')).toBe(1 / 2);
  });

  it('is 0 for identical texts and 1 for a total rewrite', () => {
    expect(normalizedEditDistance('今天天气很好', '今天天气很好', 'zh')).toBe(0);
    expect(normalizedEditDistance('the quick brown fox', 'the quick brown fox', 'en')).toBe(0);
    expect(normalizedEditDistance('今天天气很好', '明日有雨', 'zh')).toBe(1);
    expect(normalizedEditDistance('the quick brown fox', 'a lazy dog', 'en')).toBe(1);
  });

  it('handles empty texts', () => {
    expect(normalizedEditDistance('', '', 'zh')).toBe(0);
    expect(normalizedEditDistance('', '', 'en')).toBe(0);
    expect(normalizedEditDistance(' ', '...', 'en')).toBe(0);
    expect(normalizedEditDistance('', '今天', 'zh')).toBe(1);
    expect(normalizedEditDistance('some words', '', 'en')).toBe(1);
  });

  it('is symmetric and within [0, 1]', () => {
    const random = seededRandom(3);
    for (let round = 0; round < 200; round++) {
      const a = randomText(random, ['今', '天', ' ', '，', 'ab ', '😀'], Math.floor(random() * 30));
      const b = randomText(random, ['今', '天', ' ', '，', 'ab ', '😀'], Math.floor(random() * 30));
      for (const language of ['zh', 'en'] as const) {
        const d = normalizedEditDistance(a, b, language);
        expect(d).toBe(normalizedEditDistance(b, a, language));
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(1);
      }
    }
  });
});
