import type { Draft } from '@draftbench/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../api/client';
import { briefKeys } from '../briefs/hooks';

export const draftKeys = {
  detail: (id: string) => ['drafts', 'detail', id] as const,
};

export function useDraft(id: string | null | undefined) {
  return useQuery({
    queryKey: draftKeys.detail(id ?? ''),
    queryFn: ({ signal }) => client.drafts.get(id ?? '', { signal }),
    enabled: !!id,
  });
}

export interface AssistedSave {
  /** The AI draft being edited. */
  parentId: string;
  /** The AI-assisted child draft, once the first save has created it. */
  childId: string | null;
  body: string;
  activeSeconds: number;
}

/** The first save starts the child draft; later saves update it. */
export function useSaveAssistedEdit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ parentId, childId, body, activeSeconds }: AssistedSave): Promise<Draft> =>
      childId
        ? client.drafts.saveAssistedEdit(childId, { body, activeSeconds })
        : client.drafts.startAssistedEdit(parentId, { body, activeSeconds }),
    onSuccess: (draft) => {
      queryClient.setQueryData(draftKeys.detail(draft.id), draft);
      return queryClient.invalidateQueries({ queryKey: briefKeys.drafts(draft.briefId) });
    },
  });
}
