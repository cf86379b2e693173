import type { ModerationDecision, UgcSubmission } from '@draftbench/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../api/client';
import { briefKeys } from '../briefs/hooks';

export const submissionKeys = {
  mine: ['submissions', 'mine'] as const,
  held: ['submissions', 'held'] as const,
};

export function useMySubmissions() {
  return useQuery({
    queryKey: submissionKeys.mine,
    queryFn: async ({ signal }) => (await client.drafts.mySubmissions({ limit: 100 }, { signal })).items,
  });
}

export function useHeldDrafts() {
  return useQuery({
    queryKey: submissionKeys.held,
    queryFn: async ({ signal }) => (await client.drafts.heldForModeration({ limit: 100 }, { signal })).items,
  });
}

export function useSubmitDraft(briefId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UgcSubmission) => client.drafts.submit(briefId, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: submissionKeys.mine }),
        queryClient.invalidateQueries({ queryKey: submissionKeys.held }),
        queryClient.invalidateQueries({ queryKey: briefKeys.drafts(briefId) }),
      ]),
  });
}

export function useModerate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ModerationDecision }) =>
      client.drafts.moderate(id, input),
    onSuccess: (draft) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: submissionKeys.held }),
        queryClient.invalidateQueries({ queryKey: briefKeys.drafts(draft.briefId) }),
      ]),
  });
}
