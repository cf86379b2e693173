import { DraftbenchApiError } from '@draftbench/client';
import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // A 4xx answer will not change on retry; network errors and 5xx may.
      retry: (failures, error) => failures < 2 && !(error instanceof DraftbenchApiError && error.status < 500),
    },
  },
});
