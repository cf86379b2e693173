import { createDraftbenchClient, type DraftbenchClient } from '@draftbench/client';
import { type Role } from '@draftbench/contracts';
import { randomUUID } from 'node:crypto';
import { startApp, type RunningApp } from '../../src/bootstrap.js';
import { loadEnv } from '../../src/config/env.schema.js';

export type Backend = 'redis' | 'postgres';

export const ADMIN = { email: 'admin@draftbench.test', password: 'admin-password-for-tests' };

export interface TestApp {
  running: RunningApp;
  client: DraftbenchClient;
  url: string;
  close(): Promise<void>;
}

/** The real app (API and/or worker) on a test database, in this process, on a free port. */
export async function startTestApp(overrides: Record<string, string | undefined>): Promise<TestApp> {
  const env = loadEnv({
    HOST: '127.0.0.1',
    PORT: '0',
    SERVE_WEB: 'false',
    LOG_LEVEL: 'warn',
    JOB_BACKOFF_MS: '50',
    TEMPLATE_CHUNK_DELAY_MS: '0',
    WORKER_CONCURRENCY: '4',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    ...overrides,
  });
  const running = await startApp(env);
  const url = running.url ?? 'http://invalid.local';
  const client = createDraftbenchClient({ baseUrl: url });
  if (running.url) await client.auth.login(ADMIN);
  return { running, url, client, close: () => running.close() };
}

/** A signed-in client for a new user with the given roles, created by the admin client. */
export async function clientWithRoles(
  app: TestApp,
  roles: Role[],
  label = roles.join('-'),
): Promise<DraftbenchClient> {
  const email = `${label.replace(/\W+/g, '-').toLowerCase()}-${randomUUID().slice(0, 8)}@draftbench.test`;
  const password = 'password-for-tests';
  await app.client.users.create({ email, displayName: label, password, roles });
  const client = createDraftbenchClient({ baseUrl: app.url });
  await client.auth.login({ email, password });
  return client;
}

/** A session as a browser holds it: the cookie and the CSRF token to echo on writes. */
export interface RawSession {
  cookie: string;
  csrfToken: string;
}

export async function rawLogin(url: string, email: string, password: string): Promise<RawSession> {
  const response = await fetch(`${url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('draftbench_session='))!
    .split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}
