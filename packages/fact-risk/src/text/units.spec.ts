import { describe, expect, it } from 'vitest';
import { textCorpus } from '../eval/text-corpus.js';
import { SPELLINGS, type UnitMatch, matchUnit, toBase } from './units.js';

/** The straightforward matcher `matchUnit` was rewritten from: every spelling tried at every start. */
function reference(text: string, at: number): UnitMatch | undefined {
  const gap = /^[ \t\u00a0\u3000]*/u.exec(text.slice(at))?.[0].length ?? 0;
  const hyphen = text[at] === '-' ? 1 : 0;
  for (const { id, spelling, style } of SPELLINGS) {
    if (style === 'zh') {
      const start = at + gap + (text[at + gap] === '个' && toBase(1, id)?.dimension !== 'length' ? 1 : 0);
      if (text.startsWith(spelling, start)) return { id, end: start + spelling.length };
      continue;
    }
    const start = style === 'word' ? at + Math.max(gap, hyphen) : at + Math.min(gap, 1);
    if (style === 'word' && start === at) continue;
    const candidate = text.slice(start, start + spelling.length);
    const same = style === 'word' ? candidate.toLowerCase() === spelling : candidate === spelling;
    if (!same || /[A-Za-z]/u.test(text[start + spelling.length] ?? '')) continue;
    return { id, end: start + spelling.length };
  }
  return undefined;
}

describe('matchUnit', () => {
  it('reads units after a figure', () => {
    expect(matchUnit('3 km', 1)).toEqual({ id: 'km', end: 4 });
    expect(matchUnit('30-day', 2)).toEqual({ id: 'day', end: 6 });
    expect(matchUnit('三个月', 1)).toEqual({ id: 'month', end: 3 });
    expect(matchUnit('5 kmh', 1)).toBeUndefined();
  });

  it('agrees with the reference at every offset of zh, en, mixed and random texts', () => {
    for (const text of textCorpus())
      for (let at = 0; at <= text.length; at++)
        expect(matchUnit(text, at), `${at} in ${text}`).toEqual(reference(text, at));
  });
});
