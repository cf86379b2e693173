import {
  ContentType,
  Language,
  Timestamp,
  type LeaderboardEntry,
  type LeaderboardQuery,
} from '@draftbench/contracts';

export type Competitor = LeaderboardQuery['competitor'];
export const COMPETITORS = ['origin', 'model'] as const satisfies readonly Competitor[];
export const CONTENT_TYPES = ContentType.options;
export const LANGUAGES = Language.options;

/** The filters of the page, as the API takes them; `to` is exclusive. */
export interface LeaderboardFilters {
  competitor: Competitor;
  contentType?: ContentType;
  language?: Language;
  from?: string;
  to?: string;
}

/** Reads the filters from the URL query, dropping anything the API would refuse. */
export function filtersFromParams(params: URLSearchParams): LeaderboardFilters {
  const competitor = params.get('competitor') === 'model' ? 'model' : 'origin';
  const from = Timestamp.safeParse(params.get('from')).data;
  const to = Timestamp.safeParse(params.get('to')).data;
  return {
    competitor,
    contentType: ContentType.safeParse(params.get('contentType')).data,
    language: Language.safeParse(params.get('language')).data,
    // Only a whole range counts: the picker sets both ends or neither.
    ...(from && to ? { from, to } : {}),
  };
}

/** The URL query of the filters; the default competitor (origins) is left out. */
export function paramsFromFilters(filters: LeaderboardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.competitor !== 'origin') params.set('competitor', filters.competitor);
  for (const key of ['contentType', 'language', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
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
