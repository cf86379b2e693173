import { QueryClient } from '@tanstack/react-query';

/**
 * A 4xx answer will not change on retry; network errors and 5xx may. Checked by shape rather than
 * `instanceof DraftbenchApiError` so the shell chunk does not pull in the client and its zod schemas.
 */
const isClientError = (error: Error): boolean =>
  'status' in error && typeof error.status === 'number' && error.status >= 400 && error.status < 500;

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      retry: (failures, error) => failures < 2 && !isClientError(error),
    },
  },
});
