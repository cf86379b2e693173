import type { LeaderboardEntry } from '@draftbench/contracts';
import { describe, expect, it } from 'vitest';
import {
  costAxis,
  filtersFromParams,
  formatElo,
  formatShare,
  hasNarrowingFilters,
  lastDayOf,
  lengthPreference,
  modelParts,
  paramsFromFilters,
  sortEntries,
  tabFromParams,
} from './model';

const entry = (over: Partial<LeaderboardEntry>): LeaderboardEntry => ({
  id: 'pgc',
  origin: 'pgc',
  provider: null,
  model: null,
  promptTemplate: null,
  rank: 1,
  score: { estimate: 0, lower: -1, upper: 1 },
  elo: { estimate: 1000, lower: 900, upper: 1100 },
  votes: 3,
  wins: 2,
  losses: 1,
  ties: 0,
  bothBad: 0,
  winRate: 2 / 3,
  ...over,
});

describe('leaderboard filters in the URL', () => {
  it('round-trips every filter and leaves the default competitor out', () => {
    const filters = {
      competitor: 'model' as const,
      raterGroup: 'judge' as const,
      contentType: 'news_draft' as const,
      language: 'zh' as const,
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-02-01T00:00:00.000Z',
    };
    const params = paramsFromFilters(filters);
    expect(filtersFromParams(params)).toEqual(filters);
    expect(paramsFromFilters({ competitor: 'origin' }).toString()).toBe('');
    expect(paramsFromFilters({ competitor: 'origin', raterGroup: 'human' }).toString()).toBe('');
  });

  it('drops values the API would refuse, and half a date range', () => {
    const params = new URLSearchParams(
      'competitor=x&raterGroup=robots&contentType=poem&language=fr&from=yesterday',
    );
    expect(filtersFromParams(params)).toEqual({
      competitor: 'origin',
      contentType: undefined,
      language: undefined,
    });
    const half = new URLSearchParams('from=2026-01-01T00:00:00.000Z');
    expect(filtersFromParams(half).from).toBeUndefined();
  });

  it('knows when the filters narrow the votes', () => {
    expect(hasNarrowingFilters({ competitor: 'model' })).toBe(false);
    expect(hasNarrowingFilters({ competitor: 'origin', language: 'en' })).toBe(true);
  });
});

describe('leaderboard presentation', () => {
  it('sorts by rank, then by score', () => {
    const sorted = sortEntries([
      entry({ id: 'c', rank: 2, score: { estimate: 0.5, lower: 0, upper: 1 } }),
      entry({ id: 'b', rank: 1, score: { estimate: 0.1, lower: 0, upper: 1 } }),
      entry({ id: 'a', rank: 1, score: { estimate: 0.9, lower: 0, upper: 1 } }),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('splits only AIGC model competitors into provider / model / template', () => {
    expect(modelParts(entry({}))).toBeNull();
    expect(
      modelParts(entry({ origin: 'aigc', provider: 'template', model: 'rules-v1', promptTemplate: null })),
    ).toEqual(['template', 'rules-v1', '?']);
  });

  it('formats Elo and shares per locale', () => {
    expect(formatElo(1034.4, 'en')).toBe('1,034');
    expect(formatShare(0.523, 'en')).toBe('52%');
    expect(formatShare(0.523, 'zh-CN')).toBe('52%');
    expect(lastDayOf('2026-02-01T00:00:00.000Z')).toBe('2026-01-31T23:59:59.999Z');
  });
});

describe('length control and the cost axis', () => {
  it('keeps length control in the URL only when on', () => {
    expect(filtersFromParams(new URLSearchParams('lengthControl=true')).lengthControl).toBe(true);
    expect(filtersFromParams(new URLSearchParams('lengthControl=false')).lengthControl).toBeUndefined();
    expect(paramsFromFilters({ competitor: 'origin', lengthControl: true }).toString()).toBe(
      'lengthControl=true',
    );
    expect(paramsFromFilters({ competitor: 'origin' }).toString()).toBe('');
    expect(paramsFromFilters({ competitor: 'origin', raterGroup: 'human' }).toString()).toBe('');
    expect(hasNarrowingFilters({ competitor: 'origin', lengthControl: true })).toBe(false);
  });

  it('reads the tab, falling back to the ranking', () => {
    expect(tabFromParams(new URLSearchParams('tab=economics'))).toBe('economics');
    expect(tabFromParams(new URLSearchParams('tab=nope'))).toBe('ranking');
  });

  it('says where the length effect lies', () => {
    expect(lengthPreference({ lower: 0.1, upper: 0.5 })).toBe('longer');
    expect(lengthPreference({ lower: -0.5, upper: -0.1 })).toBe('shorter');
    expect(lengthPreference({ lower: -0.1, upper: 0.1 })).toBe('none');
  });

  it('uses a log axis over orders of magnitude, with a floor for free drafts', () => {
    expect(costAxis([0.002, 12])).toEqual({ log: true, floor: null });
    expect(costAxis([0, 0.002, 12])).toEqual({ log: true, floor: 0.0001 });
    expect(costAxis([2, 12])).toEqual({ log: false, floor: null });
    expect(costAxis([0, 12])).toEqual({ log: false, floor: null });
  });
});
