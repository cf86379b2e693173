import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize zh', () => {
  it('gives one token per character and ignores whitespace', () => {
    expect(tokenize('今天天气很好', 'zh')).toEqual(['今', '天', '天', '气', '很', '好']);
    expect(tokenize(' 今天\n天气\t很好　', 'zh')).toEqual(['今', '天', '天', '气', '很', '好']);
  });

  it('keeps punctuation, Latin letters and digits as characters', () => {
    expect(tokenize('你好，AI 2025！', 'zh')).toEqual(['你', '好', '，', 'A', 'I', '2', '0', '2', '5', '！']);
  });

  it('keeps surrogate pairs, emoji sequences and flags whole', () => {
    expect(tokenize('𠮷野家', 'zh')).toEqual(['𠮷', '野', '家']);
    expect(tokenize('好👍🏽👨‍👩‍👧🇨🇳😀', 'zh')).toEqual(['好', '👍🏽', '👨‍👩‍👧', '🇨🇳', '😀']);
  });

  it('treats composed and decomposed forms alike', () => {
    expect(tokenize('cafe\u0301', 'zh')).toEqual(tokenize('café', 'zh'));
    expect(tokenize('cafe\u0301', 'zh')).toHaveLength(4);
  });

  it('gives no tokens for empty or whitespace-only text', () => {
    expect(tokenize('', 'zh')).toEqual([]);
    expect(tokenize(' \n\t　', 'zh')).toEqual([]);
  });
});

describe('tokenize en', () => {
  it('gives words, keeping contractions, hyphens and decimals whole, and drops punctuation', () => {
    expect(tokenize("Don't stop — it's a well-known 3.5 fix.", 'en')).toEqual([
      "Don't",
      'stop',
      "it's",
      'a',
      'well-known',
      '3.5',
      'fix',
    ]);
    expect(tokenize('"Hello," she said... (quietly)!', 'en')).toEqual(['Hello', 'she', 'said', 'quietly']);
  });

  it('treats curly and straight apostrophes alike, and keeps case', () => {
    expect(tokenize('don’t', 'en')).toEqual(["don't"]);
    expect(tokenize('The the', 'en')).toEqual(['The', 'the']);
  });

  it('handles letters outside ASCII', () => {
    expect(tokenize('naïve café Zürich', 'en')).toEqual(['naïve', 'café', 'Zürich']);
  });

  it('gives no tokens for empty, whitespace or punctuation-only text', () => {
    expect(tokenize('', 'en')).toEqual([]);
    expect(tokenize('  \n ', 'en')).toEqual([]);
    expect(tokenize('— • ... !?', 'en')).toEqual([]);
  });
});
