import type { SafetyCheck } from '@draftbench/contracts';
import { describe, expect, it } from 'vitest';
import { formatRate, heldTitleKey, localized } from './model';

const check = (over: Partial<SafetyCheck> & { decision?: 'allow' | 'flag' | 'refuse' }): SafetyCheck => ({
  stage: over.stage ?? 'output',
  moderation: over.moderation ?? 'skipped',
  verdict: {
    decision: over.decision ?? 'refuse',
    category: over.decision === 'allow' ? null : 'fraud_phishing',
    reason: null,
    evidence: [],
    contexts: [],
    findings: [],
  },
});

describe('safety view model', () => {
  it('reads the reason in the reader’s language', () => {
    const reason = { zh: '这是诈骗。', en: 'This is fraud.' };
    expect(localized(reason, 'zh-CN')).toBe('这是诈骗。');
    expect(localized(reason, 'en-US')).toBe('This is fraud.');
  });

  it('says why a text is held: its own verdict, its brief’s flag, or an unanswered check', () => {
    expect(heldTitleKey(check({}))).toBe('safety.held.text');
    expect(heldTitleKey(check({ stage: 'brief', decision: 'flag' }))).toBe('safety.held.brief');
    expect(heldTitleKey(check({ decision: 'allow', moderation: 'unavailable' }))).toBe(
      'safety.held.unchecked',
    );
  });

  it('formats rates as percentages, and nothing to count as a dash', () => {
    expect(formatRate(0.5, 'en')).toBe('50%');
    expect(formatRate(1 / 3, 'en')).toBe('33.3%');
    expect(formatRate(null, 'en')).toBe('—');
  });
});
