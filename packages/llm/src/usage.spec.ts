import { describe, expect, it } from 'vitest';
import { textCorpus } from './testing/text-corpus.js';
import { estimateRequestTokens, estimateTokens } from './usage.js';

const prompt = { system: 'You write copy.', user: 'Three words about kettles.' };
const promptTokens = estimateTokens(`${prompt.system}\n${prompt.user}`);

describe('estimateRequestTokens', () => {
  it('charges the prompt plus max_tokens when the job sets it', () => {
    expect(estimateRequestTokens(prompt, { maxTokens: 300, targetLength: 5000, language: 'en' })).toBe(
      promptTokens + 300,
    );
  });

  it('without max_tokens, leaves room for the target length in the brief language', () => {
    // en: 100 words × 1.3 tokens × 1.5 headroom; zh: 100 characters × 1 × 1.5.
    expect(estimateRequestTokens(prompt, { targetLength: 100, language: 'en' })).toBe(promptTokens + 195);
    expect(estimateRequestTokens(prompt, { targetLength: 100, language: 'zh' })).toBe(promptTokens + 150);
  });
});

describe('estimateTokens', () => {
  // The definition the one-pass count must keep: CJK characters, plus 1.3 per word once they are blanked.
  const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
  const WORD = /[\p{L}\p{N}]+/gu;
  const reference = (text: string) =>
    (text.match(CJK)?.length ?? 0) + Math.ceil((text.replace(CJK, ' ').match(WORD)?.length ?? 0) * 1.3);

  it('matches its regex definition on zh, en, mixed, emoji, surrogate and empty texts', () => {
    for (const text of textCorpus()) expect(estimateTokens(text), text).toBe(reference(text));
  });

  it('counts CJK characters one each and other words at 1.3', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('你好world')).toBe(2 + 2);
    expect(estimateTokens('one two three')).toBe(4);
  });
});
