import { isTerminal, type JobCreateInput, type JobState } from '@draftbench/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../api/client';

export const jobKeys = {
  lists: ['jobs', 'list'] as const,
  list: (state: JobState | undefined) => [...jobKeys.lists, state ?? 'all'] as const,
  providers: ['providers'] as const,
};

/** Providers change only when the server's config does. */
export function useProviders() {
  return useQuery({
    queryKey: jobKeys.providers,
    queryFn: ({ signal }) => client.providers.list({ signal }),
    staleTime: 5 * 60_000,
  });
}

export function useJobList(state: JobState | undefined) {
  return useInfiniteQuery({
    queryKey: jobKeys.list(state),
    queryFn: ({ pageParam, signal }) => client.jobs.list({ state, cursor: pageParam }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Poll only while a listed job can still change; a list of finished jobs is final.
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some((job) => !isTerminal(job.state)))
        ? 2_000
        : false,
  });
}

export function useCreateJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: JobCreateInput) => client.jobs.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobKeys.lists }),
  });
}

export function useCancelJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.jobs.cancel(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobKeys.lists }),
  });
}
