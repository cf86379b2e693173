import type { VoteCreateInput } from '@draftbench/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../api/client';

/**
 * `next(after)`: the task to show after the assignment `after` was voted on (null: the first of the
 * visit). Each step has its own key, so the task after the current one can be fetched while the current
 * one and its reveal stay on screen.
 */
export const ratingKeys = {
  all: ['ratings'] as const,
  next: (after: string | null) => ['ratings', 'next', after ?? 'first'] as const,
};

const fetchNext = ({ signal }: { signal: AbortSignal }) => client.ratings.next({ signal });

/**
 * The task stays as fetched: the API keeps handing out the same open task until it is voted on, so a
 * refetch could only repeat it.
 */
export function useNextTask(after: string | null) {
  return useQuery({
    queryKey: ratingKeys.next(after),
    queryFn: fetchNext,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/** A vote on one assignment: the mutation outlives a pair, so its state says which pair it is for. */
export interface VoteCall {
  assignmentId: string;
  input: VoteCreateInput;
}

/** Saves the vote and at once asks for the next task, so "Next pair" can show it without waiting. */
export function useVote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ assignmentId, input }: VoteCall) => client.ratings.vote(assignmentId, input),
    onSuccess: (_result, { assignmentId }) => {
      void queryClient.prefetchQuery({
        queryKey: ratingKeys.next(assignmentId),
        queryFn: fetchNext,
        staleTime: Infinity,
      });
    },
  });
}
