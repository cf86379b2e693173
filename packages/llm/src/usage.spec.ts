import { describe, expect, it } from 'vitest';
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
