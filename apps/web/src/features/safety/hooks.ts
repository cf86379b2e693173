import type { SafetyRatesQuery } from '@draftbench/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client } from '../../api/client';

export const safetyKeys = {
  rates: (query: SafetyRatesQuery) => ['safety', 'rates', query] as const,
};

/** Refusal and flag rates per provider and model; the previous answer stays while the next loads. */
export function useSafetyRates(query: SafetyRatesQuery) {
  return useQuery({
    queryKey: safetyKeys.rates(query),
    queryFn: ({ signal }) => client.safety.rates(query, { signal }),
    placeholderData: keepPreviousData,
  });
}
