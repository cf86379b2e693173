import type { Role, UserCreateInput, UserUpdate } from '@draftbench/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../api/client';
import { sessionKey } from '../auth/session';

export const userKeys = {
  lists: ['users', 'list'] as const,
  list: (role: Role | undefined) => [...userKeys.lists, role ?? 'all'] as const,
};

export function useUserList(role: Role | undefined) {
  return useQuery({
    queryKey: userKeys.list(role),
    queryFn: ({ signal }) => client.users.list({ role }, { signal }),
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UserCreateInput) => client.users.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UserUpdate }) => client.users.update(id, input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.lists }),
        // The signed-in user may have changed their own name or roles.
        queryClient.invalidateQueries({ queryKey: sessionKey }),
      ]),
  });
}
