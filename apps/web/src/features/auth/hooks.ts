import type { LoginRequest, Session, User } from '@draftbench/contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { can, type Permission } from './access';
import { isUnauthorized, OWN_UNAUTHORIZED, sessionKey, signedOutKey } from './session';

/**
 * The API client and its zod schemas load after the first render: the shell needs them only for these
 * calls, and every page that uses the client directly is a lazy chunk anyway.
 */
const loadClient = () => import('../../api/client').then((module) => module.client);

/**
 * The session, or null when signed out. Loading it also gives the client the CSRF token it needs for
 * writes, so the app renders nothing that writes before this has answered.
 */
export function useSessionQuery() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async ({ signal }): Promise<Session | null> => {
      try {
        return await (await loadClient()).auth.session({ signal });
      } catch (error) {
        if (isUnauthorized(error)) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** Another user's cached lists must not show after a change of user. */
const forgetEverythingBut = (queryClient: QueryClient, session: Session | null) => {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
  queryClient.setQueryData(signedOutKey, session === null);
  queryClient.setQueryData(sessionKey, session);
};

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LoginRequest) => (await loadClient()).auth.login(input),
    // A 401 here is a wrong password, shown on the form; not a lost session.
    meta: OWN_UNAUTHORIZED,
    onSuccess: (session) => forgetEverythingBut(queryClient, session),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await loadClient()).auth.logout(),
    meta: OWN_UNAUTHORIZED,
    // Signed out either way: a 401 means the session had already ended. The guard then shows /login.
    onSettled: () => forgetEverythingBut(queryClient, null),
  });
}

/** The signed-in user, provided by the sign-in guard to every page behind it. */
export const CurrentUserContext = createContext<User | null>(null);

export function useCurrentUser(): User {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser needs a signed-in user: render inside <RequireAuth>');
  return user;
}

/** `can('generate')`: whether the signed-in user's roles allow it. */
export function useCan(): (permission: Permission) => boolean {
  const user = useCurrentUser();
  return (permission) => can(user.roles, permission);
}
