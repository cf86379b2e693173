import type { ApiKey, ApiKeyCreateInput } from '@draftbench/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../api/client';

const apiKeysKey = ['api-keys'] as const;

/** All of the user's keys (a handful): every page, newest first. */
export function useApiKeyList() {
  return useQuery({
    queryKey: apiKeysKey,
    queryFn: async ({ signal }) => {
      const keys: ApiKey[] = [];
      for await (const key of client.apiKeys.listAll({ signal })) keys.push(key);
      return keys;
    },
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiKeyCreateInput) => client.apiKeys.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.apiKeys.revoke(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}
