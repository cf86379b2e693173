import { createDraftbenchClient, type DraftbenchClient } from '@draftbench/client';
import { startApp, type RunningApp } from '../../src/bootstrap.js';
import { loadEnv } from '../../src/config/env.schema.js';

export type Backend = 'redis' | 'postgres';

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
    ...overrides,
  });
  const running = await startApp(env);
  const url = running.url ?? 'http://invalid.local';
  return { running, url, client: createDraftbenchClient({ baseUrl: url }), close: () => running.close() };
}
