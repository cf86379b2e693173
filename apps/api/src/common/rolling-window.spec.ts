import { describe, expect, it } from 'vitest';
import { admission, type WindowEntry } from './rolling-window.js';

const WINDOW = 60_000;
const NOW = 1_000_000;
/** Calls admitted `agoMs` before now. */
const calls = (...spec: [agoMs: number, tokens: number][]): WindowEntry[] =>
  spec.map(([agoMs, tokens]) => ({ at: NOW - agoMs, tokens }));

describe('admission to a rolling window', () => {
  it('admits what fits, with no limit of a kind set to 0', () => {
    expect(admission([], NOW, WINDOW, { requests: 1, tokens: 100 }, 100)).toEqual({ admitted: true });
    expect(admission(calls([10, 50]), NOW, WINDOW, { requests: 2, tokens: 100 }, 50)).toEqual({
      admitted: true,
    });
    expect(admission(calls([10, 1e6], [5, 1e6]), NOW, WINDOW, { requests: 0, tokens: 0 }, 1e6)).toEqual({
      admitted: true,
    });
  });

  it('waits for the oldest call to leave when the requests are spent', () => {
    const log = calls([50_000, 1], [20_000, 1]);
    // The oldest call leaves 10 s from now (60 s after it came), the next 40 s from now.
    expect(admission(log, NOW, WINDOW, { requests: 2, tokens: 0 }, 1)).toEqual({
      admitted: false,
      kind: 'requests',
      waitMs: 10_001,
    });
    expect(admission(log, NOW, WINDOW, { requests: 1, tokens: 0 }, 1)).toMatchObject({ waitMs: 40_001 });
  });

  it('waits until enough tokens have left, not for the whole window to turn over', () => {
    const log = calls([50_000, 40], [30_000, 40], [10_000, 20]);
    // 100 held: 30 more fit once the first 40 leave (10 s); 70 more once the second leaves too (30 s).
    expect(admission(log, NOW, WINDOW, { requests: 0, tokens: 100 }, 30)).toEqual({
      admitted: false,
      kind: 'tokens',
      waitMs: 10_001,
    });
    expect(admission(log, NOW, WINDOW, { requests: 0, tokens: 100 }, 70)).toMatchObject({ waitMs: 30_001 });
  });

  it('names the limit that binds longest', () => {
    const log = calls([50_000, 10], [10_000, 80]);
    expect(admission(log, NOW, WINDOW, { requests: 2, tokens: 100 }, 50)).toEqual({
      admitted: false,
      kind: 'tokens',
      waitMs: 50_001,
    });
    expect(admission(log, NOW, WINDOW, { requests: 1, tokens: 100 }, 5)).toEqual({
      admitted: false,
      kind: 'requests',
      waitMs: 50_001,
    });
  });
});
