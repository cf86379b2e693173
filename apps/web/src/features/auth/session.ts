/**
 * Session plumbing with no dependency on the API client, so the shell's query client (and its unit
 * test, which runs in Node) can use it without pulling in the client.
 */
export const sessionKey = ['auth', 'session'] as const;

/**
 * Set (to true) by a deliberate sign-out: the sign-in guard then sends the user to a plain /login,
 * since the next person to sign in may be someone else. A lost session (a 401) keeps the way back.
 */
export const signedOutKey = ['auth', 'signedOut'] as const;

/** Mutations marked with this meta handle a 401 themselves (a wrong password is not a lost session). */
export const OWN_UNAUTHORIZED = { ownUnauthorized: true } as const;

const hasStatus = (error: unknown, status: number): boolean =>
  typeof error === 'object' &&
  error !== null &&
  'status' in error &&
  (error as { status: unknown }).status === status;

/** A 401 problem: the session is gone (expired, signed out elsewhere, password changed). */
export const isUnauthorized = (error: unknown): boolean => hasStatus(error, 401);

/** A 403 problem: signed in, but the roles do not allow it. */
export const isForbidden = (error: unknown): boolean => hasStatus(error, 403);

/** Where to go after signing in: only a path of this app, never another origin (`//evil`, `https:`). */
export function safeReturnPath(from: string | null | undefined): string {
  if (!from?.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return '/briefs';
  if (from === '/login' || from.startsWith('/login?')) return '/briefs';
  return from;
}

/** The sign-in address that brings the user back to `path` (path + search) afterwards. */
export const loginPath = (path: string): string =>
  path === '/' || path.startsWith('/login') ? '/login' : `/login?from=${encodeURIComponent(path)}`;
