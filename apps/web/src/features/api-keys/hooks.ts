import type { ApiKeyCreateInput } from '@draftbench/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../api/client';

const apiKeysKey = ['api-keys'] as const;

export function useApiKeyList() {
  return useQuery({ queryKey: apiKeysKey, queryFn: ({ signal }) => client.apiKeys.list({ signal }) });
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
