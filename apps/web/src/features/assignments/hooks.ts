import type { AssignmentCreate, MinutesCorrection, ReviewCreate } from '@draftbench/contracts';
import type { AssignmentListParams } from '@draftbench/client';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { client } from '../../api/client';
import { briefKeys } from '../briefs/hooks';
import { userKeys, usersByName } from '../settings/hooks';

type AssignmentFilters = Omit<AssignmentListParams, 'limit' | 'cursor'>;

export const assignmentKeys = {
  all: ['assignments'] as const,
  list: (filters: AssignmentFilters) => ['assignments', 'list', filters] as const,
  detail: (id: string) => ['assignments', 'detail', id] as const,
};

/** Any workflow step changes the assignment lists and the brief's drafts (the PGC column). */
const refresh = (queryClient: QueryClient, briefId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: assignmentKeys.all }),
    queryClient.invalidateQueries({ queryKey: briefKeys.drafts(briefId) }),
  ]);

/** The first 100 assignments matching the filters, newest first. */
export function useAssignments(filters: AssignmentFilters, { enabled = true } = {}) {
  return useQuery({
    queryKey: assignmentKeys.list(filters),
    queryFn: async ({ signal }) =>
      (await client.assignments.list({ ...filters, limit: 100 }, { signal })).items,
    enabled,
  });
}

export function useAssignment(id: string) {
  return useQuery({
    queryKey: assignmentKeys.detail(id),
    queryFn: ({ signal }) => client.assignments.get(id, { signal }),
  });
}

/** Active editors, for the assign form and for naming editors in lists (admins and leads only). */
export function useEditors({ enabled = true } = {}) {
  return useQuery({
    queryKey: userKeys.list('editor'),
    queryFn: ({ signal }) => usersByName('editor', signal),
    enabled,
  });
}

export function useCreateAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AssignmentCreate) => client.assignments.create(input),
    onSuccess: (assignment) => refresh(queryClient, assignment.briefId),
  });
}

/** Autosave: keeps the cached assignment current without refetching while the editor types. */
export function useSaveAssignment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { body: string; activeSeconds: number }) => client.assignments.save(id, input),
    onSuccess: (assignment) => {
      queryClient.setQueryData(assignmentKeys.detail(id), assignment);
      return refresh(queryClient, assignment.briefId);
    },
  });
}

export function useSubmitAssignment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => client.assignments.submit(id),
    onSuccess: (assignment) => {
      queryClient.setQueryData(assignmentKeys.detail(id), assignment);
      return refresh(queryClient, assignment.briefId);
    },
  });
}

export function useReviewAssignment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReviewCreate) => client.assignments.review(id, input),
    onSuccess: (assignment) => {
      queryClient.setQueryData(assignmentKeys.detail(id), assignment);
      return refresh(queryClient, assignment.briefId);
    },
  });
}

export function useCorrectMinutes(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MinutesCorrection) => client.assignments.correctMinutes(id, input),
    onSuccess: (assignment) => {
      queryClient.setQueryData(assignmentKeys.detail(id), assignment);
      return refresh(queryClient, assignment.briefId);
    },
  });
}
