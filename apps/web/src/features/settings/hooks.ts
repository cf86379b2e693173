import type { Role, UserCreateInput, UserUpdate } from '@draftbench/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../api/client';
import { sessionKey } from '../auth/session';

export const userKeys = {
  lists: ['users', 'list'] as const,
  list: (role: Role | undefined) => [...userKeys.lists, role ?? 'all'] as const,
};

/** Every user (with the role, if given), by name: the people a lead picks from or manages. */
export async function usersByName(role: Role | undefined, signal: AbortSignal) {
  const all = [];
  for await (const user of client.users.listAll({ role, limit: 100 }, { signal })) all.push(user);
  return all.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export function useUserList(role: Role | undefined) {
  return useQuery({
    queryKey: userKeys.list(role),
    queryFn: ({ signal }) => usersByName(role, signal),
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
