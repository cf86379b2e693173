import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isUnauthorized, sessionKey } from '../features/auth/session';

/**
 * A 4xx answer will not change on retry; network errors and 5xx may. Checked by shape rather than
 * `instanceof DraftbenchApiError` so this module does not depend on the client and its zod schemas.
 */
const isClientError = (error: Error): boolean =>
  'status' in error && typeof error.status === 'number' && error.status >= 400 && error.status < 500;

export function createQueryClient(): QueryClient {
  // Any 401 means the session is gone: forgetting it makes the sign-in guard send the user to /login
  // (and back here afterwards), wherever the request came from.
  const signedOut = (error: unknown) => {
    if (isUnauthorized(error)) queryClient.setQueryData(sessionKey, null);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: signedOut }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (!mutation.meta?.ownUnauthorized) signedOut(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: (failures, error) => failures < 2 && !isClientError(error),
      },
    },
  });
  return queryClient;
}

export const queryClient = createQueryClient();
