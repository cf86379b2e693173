import type { BatchOptionsInput } from '@draftbench/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../api/client';

export const batchKeys = {
  all: ['batches'] as const,
  lists: ['batches', 'list'] as const,
  detail: (id: string) => ['batches', 'detail', id] as const,
  jobs: (id: string, done: boolean) => ['batches', 'jobs', id, done] as const,
};

/** How often a batch that still has queued or running jobs is asked again. */
const POLL_MS = 1_500;

export function useBatchList() {
  return useInfiniteQuery({
    queryKey: batchKeys.lists,
    queryFn: ({ pageParam, signal }) => client.batches.list({ cursor: pageParam }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some((batch) => !batch.done)) ? 3_000 : false,
  });
}

/** The batch, polled until every job has finished. */
export function useBatch(id: string) {
  return useQuery({
    queryKey: batchKeys.detail(id),
    queryFn: ({ signal }) => client.batches.get(id, { signal }),
    refetchInterval: (query) => (query.state.data?.done === false ? POLL_MS : false),
  });
}

/** The newest 100 jobs of the batch; `done` is in the key so the final states load once more. */
export function useBatchJobs(id: string, done: boolean) {
  return useQuery({
    queryKey: batchKeys.jobs(id, done),
    queryFn: ({ signal }) => client.batches.jobs(id, { limit: 100 }, { signal }),
    refetchInterval: done ? false : POLL_MS * 2,
  });
}

export type BatchSubmission =
  | { source: 'csv'; file: File; options: BatchOptionsInput }
  | { source: 'json'; briefs: unknown[]; options: BatchOptionsInput };

export function useCreateBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BatchSubmission) =>
      input.source === 'csv'
        ? client.batches.upload(input.file, { ...input.options, fileName: input.file.name })
        : client.batches.create({ ...input.options, briefs: input.briefs }),
    onSuccess: (batch) => {
      queryClient.setQueryData(batchKeys.detail(batch.id), batch);
      return queryClient.invalidateQueries({ queryKey: batchKeys.lists });
    },
  });
}
