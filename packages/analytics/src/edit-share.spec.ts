import { describe, expect, it } from 'vitest';
import { DEFAULT_HUMAN_EDIT_THRESHOLD, humanEditShare, provenanceLabel } from './edit-share.js';

describe('humanEditShare', () => {
  it('is the normalised edit distance from the AI draft to the edited text', () => {
    expect(humanEditShare('今天天气很好', '今天天气很好', 'zh')).toBe(0);
    expect(humanEditShare('今天天气很好', '今天天气不错', 'zh')).toBe(2 / 6);
    expect(humanEditShare('the quick brown fox', 'the quick red fox', 'en')).toBe(1 / 4);
    expect(humanEditShare('the quick brown fox', 'a lazy dog', 'en')).toBe(1);
  });
});

describe('provenanceLabel', () => {
  it('keeps "AI-generated" below the default threshold of 0.3 and switches at it', () => {
    expect(DEFAULT_HUMAN_EDIT_THRESHOLD).toBe(0.3);
    expect(provenanceLabel(0)).toBe('ai_generated');
    expect(provenanceLabel(0.25)).toBe('ai_generated');
    expect(provenanceLabel(0.2999)).toBe('ai_generated');
    expect(provenanceLabel(0.3)).toBe('ai_assisted_human_edited');
    expect(provenanceLabel(1)).toBe('ai_assisted_human_edited');
  });

  it('follows the edits end to end', () => {
    expect(provenanceLabel(humanEditShare('今天天气很好', '今天天气很好！', 'zh'))).toBe('ai_generated');
    expect(provenanceLabel(humanEditShare('今天天气很好', '今天天气不错', 'zh'))).toBe(
      'ai_assisted_human_edited',
    );
    expect(provenanceLabel(humanEditShare('the quick brown fox', 'the quick red fox', 'en'))).toBe(
      'ai_generated',
    );
  });

  it('takes a configurable threshold', () => {
    expect(provenanceLabel(0.25, 0.2)).toBe('ai_assisted_human_edited');
    expect(provenanceLabel(0.4, 0.5)).toBe('ai_generated');
    expect(provenanceLabel(0.5, 0.5)).toBe('ai_assisted_human_edited');
    expect(provenanceLabel(0.99, 1)).toBe('ai_generated');
  });

  it('rejects shares and thresholds outside their range', () => {
    expect(() => provenanceLabel(-0.1)).toThrow(RangeError);
    expect(() => provenanceLabel(1.1)).toThrow(RangeError);
    expect(() => provenanceLabel(Number.NaN)).toThrow(RangeError);
    expect(() => provenanceLabel(0.5, 0)).toThrow(RangeError);
    expect(() => provenanceLabel(0.5, 1.5)).toThrow(RangeError);
  });
});
