import type { BriefListParams } from '@draftbench/client';
import type { BriefCreateInput } from '@draftbench/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../api/client';

export type BriefFilters = Omit<BriefListParams, 'cursor' | 'limit'>;

export const briefKeys = {
  lists: ['briefs', 'list'] as const,
  list: (filters: BriefFilters) => [...briefKeys.lists, filters] as const,
  detail: (id: string) => ['briefs', 'detail', id] as const,
  drafts: (id: string) => ['briefs', 'drafts', id] as const,
};

export function useBriefList(filters: BriefFilters) {
  return useInfiniteQuery({
    queryKey: briefKeys.list(filters),
    queryFn: ({ pageParam, signal }) => client.briefs.list({ ...filters, cursor: pageParam }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useBrief(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: briefKeys.detail(id),
    queryFn: ({ signal }) => client.briefs.get(id, { signal }),
    enabled: enabled && id !== '',
  });
}

/** `enabled: false` for roles the API refuses the drafts (raters judge blind). */
export function useBriefDrafts(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: briefKeys.drafts(id),
    queryFn: ({ signal }) => client.briefs.drafts(id, { signal }),
    enabled,
  });
}

export function useCreateBrief() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BriefCreateInput) => client.briefs.create(input),
    onSuccess: (brief) => {
      queryClient.setQueryData(briefKeys.detail(brief.id), brief);
      return queryClient.invalidateQueries({ queryKey: briefKeys.lists });
    },
  });
}
