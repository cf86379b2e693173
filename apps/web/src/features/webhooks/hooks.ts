import type {
  WebhookDeliveryState,
  WebhookEndpoint,
  WebhookEndpointCreateInput,
} from '@draftbench/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../../api/client';

const webhookKeys = {
  endpoints: ['webhooks', 'endpoints'] as const,
  deliveries: ['webhooks', 'deliveries'] as const,
  deliveryList: (state: WebhookDeliveryState | undefined) =>
    [...webhookKeys.deliveries, 'list', state ?? 'all'] as const,
  delivery: (id: string) => [...webhookKeys.deliveries, 'one', id] as const,
};

export function useWebhookEndpoints() {
  return useQuery({
    queryKey: webhookKeys.endpoints,
    queryFn: async ({ signal }) => {
      const endpoints: WebhookEndpoint[] = [];
      for await (const endpoint of client.webhooks.endpoints.listAll({ signal })) endpoints.push(endpoint);
      return endpoints;
    },
  });
}

export function useCreateWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WebhookEndpointCreateInput) => client.webhooks.endpoints.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.endpoints }),
  });
}

export function useDisableWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.webhooks.endpoints.disable(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.endpoints }),
  });
}

export function useWebhookDeliveries(state: WebhookDeliveryState | undefined) {
  return useInfiniteQuery({
    queryKey: webhookKeys.deliveryList(state),
    queryFn: ({ pageParam, signal }) =>
      client.webhooks.deliveries.list({ state, cursor: pageParam }, { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Poll while a listed delivery is still being sent or waits for a retry.
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some((d) => d.state === 'pending')) ? 3_000 : false,
  });
}

/** One delivery with its attempt log, read when its row is opened. */
export function useWebhookDelivery(id: string) {
  return useQuery({
    queryKey: webhookKeys.delivery(id),
    queryFn: ({ signal }) => client.webhooks.deliveries.get(id, { signal }),
    refetchInterval: (query) => (query.state.data?.state === 'pending' ? 3_000 : false),
  });
}

export function useRedeliverWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => client.webhooks.deliveries.redeliver(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries }),
  });
}
