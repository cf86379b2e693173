import type { EconomicsQuery } from '@draftbench/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client } from '../../api/client';
import type { LeaderboardFilters } from './model';

export const leaderboardKeys = {
  all: ['leaderboard'] as const,
  board: (filters: LeaderboardFilters) => ['leaderboard', filters] as const,
  economics: (query: EconomicsQuery) => ['leaderboard', 'economics', query] as const,
  integrity: ['leaderboard', 'integrity'] as const,
};

/** The leaderboard for the filters; the previous one stays on screen while the next one loads. */
export function useLeaderboard(filters: LeaderboardFilters) {
  return useQuery({
    queryKey: leaderboardKeys.board(filters),
    queryFn: ({ signal }) => client.leaderboard.get(filters, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Cost, effort and quality per origin, for the content type and language filters only. */
export function useEconomics(query: EconomicsQuery) {
  return useQuery({
    queryKey: leaderboardKeys.economics(query),
    queryFn: ({ signal }) => client.leaderboard.economics(query, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The rating audit (leads only): rater agreement, Krippendorff's α, origin-revealing drafts. */
export function useRatingIntegrity() {
  return useQuery({
    queryKey: leaderboardKeys.integrity,
    queryFn: ({ signal }) => client.ratings.integrity({ signal }),
  });
}
