import { BriefCreate } from '@draftbench/contracts';
import { describe, expect, it } from 'vitest';
import { type FactRiskFlag } from '@draftbench/contracts';
import { type ParsedCase, parseMarkedDraft } from './case.js';
import { evaluate, precision, recall } from './evaluate.js';

const brief = BriefCreate.parse({
  contentType: 'news_draft',
  language: 'zh',
  title: '测试',
  targetLength: 100,
  fields: { headlineIdea: '测试', facts: { what: '测试' } },
});
const parsed = (id: string, marked: string): ParsedCase => ({ id, brief, ...parseMarkedDraft(marked) });
const flagAt = (draft: string, text: string, kind: FactRiskFlag['kind'] = 'number'): FactRiskFlag => {
  const start = draft.indexOf(text);
  return { kind, start, end: start + text.length, text, value: text, reason: { zh: '无', en: 'none' } };
};

describe('evaluate', () => {
  it('counts a planted claim as caught when a flag overlaps it, and a flag as correct when it overlaps one', () => {
    const cases = [
      parsed('a', '共<<3条>>线路，日均[[number:1.2万人次]]，[[name:李华]]说好。'),
      parsed('b', '票价[[money:2元]]，全程40分钟。'),
    ];
    const result = evaluate(cases, (draft, { id }) =>
      id === 'a' ? [flagAt(draft, '1.2万'), flagAt(draft, '3条')] : [flagAt(draft, '40分钟')],
    );
    expect(result.total).toEqual({ planted: 3, caught: 1, flags: 3, correct: 1, supported: 1, passed: 0 });
    expect(recall(result.total)).toBeCloseTo(1 / 3, 12);
    expect(precision(result.total)).toBeCloseTo(1 / 3, 12);
    expect(result.byKind.zh.name).toMatchObject({ planted: 1, caught: 0, flags: 0 });
    expect(result.byContentType.news_draft.planted).toBe(3);
    expect(result.missed.map((miss) => miss.text)).toEqual(['李华', '2元']);
    expect(result.falseAlarms.map((alarm) => alarm.text)).toEqual(['3条', '40分钟']);
  });

  it('reads an empty slice as perfect rather than undefined', () => {
    const result = evaluate([], () => []);
    expect(recall(result.total)).toBe(1);
    expect(precision(result.total)).toBe(1);
  });
});
