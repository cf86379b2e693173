import { describe, expect, it } from 'vitest';
import { bothBadReport } from './both-bad.js';
import { type Vote } from './votes.js';

describe('bothBadReport', () => {
  it('reports the both-bad share overall and per competitor, counting a self-pair once', () => {
    const votes: Vote[] = [
      { a: 'aigc', b: 'pgc', outcome: 'both_bad' },
      { a: 'pgc', b: 'aigc', outcome: 'a' },
      { a: 'aigc', b: 'aigc', outcome: 'both_bad' },
      { a: 'ugc', b: 'pgc', outcome: 'tie' },
    ];
    const report = bothBadReport(votes);
    expect(report.overall).toMatchObject({ votes: 4, bothBad: 2 });
    expect(report.overall.interval?.share).toBe(0.5);
    expect(report.competitors.map((entry) => [entry.id, entry.votes, entry.bothBad])).toEqual([
      ['aigc', 3, 2],
      ['pgc', 3, 1],
      ['ugc', 1, 0],
    ]);
    const ugc = report.competitors[2]?.interval;
    expect(ugc?.lower).toBe(0);
    expect(ugc?.upper).toBeGreaterThan(0.5);
  });

  it('has no interval without votes', () => {
    expect(bothBadReport([]).overall.interval).toBeNull();
  });
});
