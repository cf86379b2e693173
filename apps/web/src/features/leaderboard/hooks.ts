import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client } from '../../api/client';
import type { LeaderboardFilters } from './model';

export const leaderboardKeys = {
  all: ['leaderboard'] as const,
  board: (filters: LeaderboardFilters) => ['leaderboard', filters] as const,
};

/** The leaderboard for the filters; the previous one stays on screen while the next one loads. */
export function useLeaderboard(filters: LeaderboardFilters) {
  return useQuery({
    queryKey: leaderboardKeys.board(filters),
    queryFn: ({ signal }) => client.leaderboard.get(filters, { signal }),
    placeholderData: keepPreviousData,
  });
}
