import {
  isJudgeRunActive,
  type EconomicsQuery,
  type JudgeAgreementQuery,
  type JudgeRun,
  type JudgeRunCreateInput,
} from '@draftbench/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { client } from '../../api/client';
import type { LeaderboardFilters } from './model';

export const leaderboardKeys = {
  all: ['leaderboard'] as const,
  board: (filters: LeaderboardFilters) => ['leaderboard', filters] as const,
  economics: (query: EconomicsQuery) => ['leaderboard', 'economics', query] as const,
  integrity: ['leaderboard', 'integrity'] as const,
  judgeStatus: ['leaderboard', 'judge', 'status'] as const,
  judgeRuns: ['leaderboard', 'judge', 'runs'] as const,
  judgeAgreement: (query: JudgeAgreementQuery) => ['leaderboard', 'judge', 'agreement', query] as const,
};

/** How often runs (and the agreement they change) are asked again while one is queued or running. */
const JUDGE_POLL_MS = 1_500;

export const anyJudgeRunActive = (runs: readonly JudgeRun[] | undefined): boolean =>
  runs?.some((run) => isJudgeRunActive(run.state)) ?? false;

/** The ids of the runs that have ended, as one string that changes when another run ends; undefined before the list loads. */
export const endedJudgeRuns = (runs: readonly JudgeRun[] | undefined): string | undefined =>
  runs
    ?.filter((run) => !isJudgeRunActive(run.state))
    .map((run) => run.id)
    .join();

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

/** Whether a chat provider can judge, and which ones. */
export function useJudgeStatus() {
  return useQuery({
    queryKey: leaderboardKeys.judgeStatus,
    queryFn: ({ signal }) => client.judge.status({ signal }),
  });
}

const JUDGE_RUNS_SHOWN = 50;

/**
 * The latest judge runs, polled while one is active. When the last one finishes, everything the
 * verdicts feed (the judge's ranking, the agreement) is fetched again.
 */
export function useJudgeRuns() {
  const queryClient = useQueryClient();
  const runs = useQuery({
    queryKey: leaderboardKeys.judgeRuns,
    queryFn: async ({ signal }) => (await client.judge.runs({ limit: JUDGE_RUNS_SHOWN }, { signal })).items,
    refetchInterval: (query) => (anyJudgeRunActive(query.state.data) ? JUDGE_POLL_MS : false),
  });
  // What a run decided shows once it has ended — also a run that ended before this list ever saw it
  // running (a one-pair run can finish before the refetch that follows its start).
  const ended = endedJudgeRuns(runs.data);
  const endedBefore = useRef(ended);
  useEffect(() => {
    if (ended === undefined) return;
    if (endedBefore.current !== undefined && ended !== endedBefore.current)
      void queryClient.invalidateQueries({ queryKey: leaderboardKeys.all });
    endedBefore.current = ended;
  }, [ended, queryClient]);
  return runs;
}

/** Per judge model: consistency, position preference and agreement with people; live while a run is. */
export function useJudgeAgreement(query: JudgeAgreementQuery, live: boolean) {
  return useQuery({
    queryKey: leaderboardKeys.judgeAgreement(query),
    queryFn: ({ signal }) => client.judge.agreement(query, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: live ? JUDGE_POLL_MS : false,
  });
}

export function useStartJudgeRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: JudgeRunCreateInput) => client.judge.createRun(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leaderboardKeys.judgeRuns }),
  });
}
