import { describe, expect, it } from 'vitest';
import type { Language } from '@draftbench/contracts';
import { measureLength } from './length.js';
import { textCorpus } from './testing/text-corpus.js';

describe('measureLength', () => {
  it('zh counts letters and digits, not whitespace or punctuation', () => {
    expect(measureLength('你好，世界！', 'zh')).toBe(4);
    expect(measureLength('“新品” 上市 — 2025年', 'zh')).toBe(9);
    expect(measureLength('AI写作', 'zh')).toBe(4);
    expect(measureLength(' \n。，、#', 'zh')).toBe(0);
  });

  it('en counts words, keeping contractions, hyphens and decimals whole', () => {
    expect(measureLength("Don't stop — it's a well-known 3.5 x fix.", 'en')).toBe(8);
    expect(measureLength('  one\ntwo\t three ', 'en')).toBe(3);
    expect(measureLength('— • ...', 'en')).toBe(0);
  });
});

describe('measureLength matches its regex definition', () => {
  const ZH_COUNTED = /[\p{L}\p{N}]/gu;
  const EN_WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
  const reference = (text: string, language: Language) =>
    text.match(language === 'zh' ? ZH_COUNTED : EN_WORD)?.length ?? 0;

  it.each(['zh', 'en'] as const)('%s: on zh, en, mixed, emoji, surrogate and empty texts', (language) => {
    for (const text of textCorpus())
      expect(measureLength(text, language), text).toBe(reference(text, language));
  });
});
