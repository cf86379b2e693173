import { describe, expect, it } from 'vitest';
import { OWN_UNAUTHORIZED, sessionKey } from '../features/auth/session';
import { createQueryClient } from './queryClient';

const problem = (status: number) => Object.assign(new Error(`HTTP ${status}`), { status });
const signedIn = { user: { displayName: 'Ada' }, csrfToken: 't' };

describe('the global 401 handler', () => {
  it('forgets the session when a query answers 401', async () => {
    const queryClient = createQueryClient();
    queryClient.setQueryData(sessionKey, signedIn);
    await queryClient
      .fetchQuery({ queryKey: ['briefs'], queryFn: () => Promise.reject(problem(401)) })
      .catch(() => undefined);
    expect(queryClient.getQueryData(sessionKey)).toBeNull();
  });

  it('forgets the session when a mutation answers 401, unless it handles 401 itself', async () => {
    const queryClient = createQueryClient();
    queryClient.setQueryData(sessionKey, signedIn);
    const run = (meta?: Record<string, unknown>) =>
      queryClient
        .getMutationCache()
        .build(queryClient, { mutationFn: () => Promise.reject(problem(401)), meta })
        .execute(undefined)
        .catch(() => undefined);

    await run(OWN_UNAUTHORIZED);
    expect(queryClient.getQueryData(sessionKey)).toEqual(signedIn);
    await run();
    expect(queryClient.getQueryData(sessionKey)).toBeNull();
  });

  it('keeps the session on a 403 and does not retry 4xx answers', async () => {
    const queryClient = createQueryClient();
    queryClient.setQueryData(sessionKey, signedIn);
    let calls = 0;
    await queryClient
      .fetchQuery({
        queryKey: ['jobs'],
        queryFn: () => {
          calls += 1;
          return Promise.reject(problem(403));
        },
        retry: queryClient.getDefaultOptions().queries?.retry,
      })
      .catch(() => undefined);
    expect(calls).toBe(1);
    expect(queryClient.getQueryData(sessionKey)).toEqual(signedIn);
  });
});
