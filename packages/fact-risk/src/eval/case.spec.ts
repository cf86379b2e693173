import { describe, expect, it } from 'vitest';
import { parseMarkedDraft } from './case.js';

describe('parseMarkedDraft', () => {
  it('strips the marks and records planted and supported spans in the clean text', () => {
    const { draft, planted, supported } = parseMarkedDraft(
      '售价<<299元>>，已售[[number:10万台]]，[[name:张伟]]说。',
    );
    expect(draft).toBe('售价299元，已售10万台，张伟说。');
    expect(planted).toEqual([
      { kind: 'number', start: 9, end: 13, text: '10万台' },
      { kind: 'name', start: 14, end: 16, text: '张伟' },
    ]);
    expect(supported).toEqual([{ start: 2, end: 6 }]);
    expect(draft.slice(9, 13)).toBe('10万台');
  });

  it('refuses an unknown kind and an unbalanced mark', () => {
    expect(() => parseMarkedDraft('[[price:$5]]')).toThrow();
    expect(() => parseMarkedDraft('sold <<10 units')).toThrow(/Unbalanced/u);
  });
});
