import {
  ContentType,
  Language,
  RaterGroup,
  Timestamp,
  type LeaderboardEntry,
  type LeaderboardQuery,
} from '@draftbench/contracts';

export type Competitor = LeaderboardQuery['competitor'];
export const COMPETITORS = ['origin', 'model'] as const satisfies readonly Competitor[];
export const RATER_GROUPS = RaterGroup.options;
export const CONTENT_TYPES = ContentType.options;
export const LANGUAGES = Language.options;

/** The filters of the page, as the API takes them; `to` is exclusive. */
export interface LeaderboardFilters {
  competitor: Competitor;
  /** Whose judgements are ranked: people's blind votes (the default) or the AI judge's verdicts. */
  raterGroup?: RaterGroup;
  contentType?: ContentType;
  language?: Language;
  from?: string;
  to?: string;
  /** Adds draft length as a covariate; the API then also reports its effect. */
  lengthControl?: boolean;
}

/** The tabs of the page; integrity is only offered to those who may see it. */
export const TABS = ['ranking', 'economics', 'judge', 'safety', 'integrity'] as const;
export type LeaderboardTab = (typeof TABS)[number];

export const tabFromParams = (params: URLSearchParams): LeaderboardTab =>
  TABS.find((tab) => tab === params.get('tab')) ?? 'ranking';

/** Reads the filters from the URL query, dropping anything the API would refuse. */
export function filtersFromParams(params: URLSearchParams): LeaderboardFilters {
  const competitor = params.get('competitor') === 'model' ? 'model' : 'origin';
  const from = Timestamp.safeParse(params.get('from')).data;
  const to = Timestamp.safeParse(params.get('to')).data;
  return {
    competitor,
    ...(params.get('raterGroup') === 'judge' ? { raterGroup: 'judge' as const } : {}),
    contentType: ContentType.safeParse(params.get('contentType')).data,
    language: Language.safeParse(params.get('language')).data,
    // Only a whole range counts: the picker sets both ends or neither.
    ...(from && to ? { from, to } : {}),
    ...(params.get('lengthControl') === 'true' ? { lengthControl: true } : {}),
  };
}

/** The URL query of the filters; the defaults (origins, people's votes) are left out. */
export function paramsFromFilters(filters: LeaderboardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.competitor !== 'origin') params.set('competitor', filters.competitor);
  if (filters.raterGroup === 'judge') params.set('raterGroup', 'judge');
  for (const key of ['contentType', 'language', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.lengthControl) params.set('lengthControl', 'true');
  return params;
}

export const hasNarrowingFilters = (filters: LeaderboardFilters): boolean =>
  Boolean(filters.contentType ?? filters.language ?? filters.from ?? filters.to);

/** By rank, then by score within a rank (ranks tie when intervals overlap). */
export const sortEntries = (entries: readonly LeaderboardEntry[]): LeaderboardEntry[] =>
  [...entries].sort((x, y) => x.rank - y.rank || y.score.estimate - x.score.estimate);

/** Provider / model / template of an AIGC competitor split by model; null for the others. */
export function modelParts(entry: LeaderboardEntry, none = '?'): string[] | null {
  if (entry.provider === null && entry.model === null && entry.promptTemplate === null) return null;
  return [entry.provider, entry.model, entry.promptTemplate].map((part) => part ?? none);
}

export const formatElo = (value: number, language: string): string =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);

export const formatShare = (value: number, language: string): string =>
  new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);

/** A calendar day in the interface language, for the ends of the date range. */
export const formatDay = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso));

/** The last day a range covers: `to` is the exclusive start of the next day. */
export const lastDayOf = (to: string): string => new Date(new Date(to).getTime() - 1).toISOString();

/** β and its interval, to two decimals. */
export const formatEffect = (value: number, language: string): string =>
  new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);

/** A rubric mean on the 1–5 scale. */
export const formatScore = (value: number, language: string): string =>
  new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(value);

/** Where the interval lies against 0: a preference for longer or shorter drafts, or none. */
export const lengthPreference = (effect: { lower: number; upper: number }): 'longer' | 'shorter' | 'none' =>
  effect.lower > 0 ? 'longer' : effect.upper < 0 ? 'shorter' : 'none';

/**
 * The cost axis of the quality-against-cost chart: a log scale when the costs span two orders of magnitude
 * or more, and then a floor (a tenth of the smallest power of ten below the cheapest cost) for drafts
 * that cost nothing, which a log scale cannot place.
 */
export function costAxis(costs: readonly number[]): { log: boolean; floor: number | null } {
  const positive = costs.filter((cost) => cost > 0);
  if (positive.length < 2) return { log: false, floor: null };
  const min = Math.min(...positive);
  const log = Math.max(...positive) / min >= 100;
  if (!log) return { log, floor: null };
  const floor = costs.some((cost) => cost <= 0) ? Number(`1e${Math.floor(Math.log10(min)) - 1}`) : null;
  return { log, floor };
}
