import { createDraftbenchClient, type DraftbenchClient } from '@draftbench/client';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBrief } from './support/fixtures.js';
import { spawnApp } from './support/spawn-app.js';

async function finish(client: DraftbenchClient, jobId: string) {
  for await (const event of client.jobs.stream(jobId)) if (event.type === 'result') return event.job;
  throw new Error('stream ended without a result');
}

/** The `pnpm start` entrypoint on embedded defaults: no DATABASE_URL, no REDIS_URL. */
describe('pnpm start entrypoint (embedded PostgreSQL, PostgreSQL queue backend)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'draftbench-smoke-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('boots, generates a draft over HTTP, stops cleanly on SIGTERM and keeps its data', async () => {
    const env = { PORT: '0', DATA_DIR: join(dir, '.data'), TEMPLATE_CHUNK_DELAY_MS: '0' };
    const signIn = async (url: string, password: string) => {
      const client = createDraftbenchClient({ baseUrl: url });
      await client.auth.login({ email: 'admin@draftbench.local', password });
      return client;
    };
    const first = await spawnApp(env, dir);
    expect(first.output()).toMatch(
      /embedded PostgreSQL in .* · queue on postgres · default provider template/,
    );
    expect(first.url).not.toContain(':5432');
    // First start, no ADMIN_PASSWORD: an admin is created with a generated password, printed once.
    const password = /Created the first admin: admin@draftbench\.local \/ (\S+)/.exec(first.output())?.[1];
    expect(password).toBeDefined();
    const client = await signIn(first.url, password!);
    const health = await fetch(`${first.url}/healthz`);
    expect(health.status).toBe(200);
    const brief = await client.briefs.create(copyBrief('zh', 150));
    const job = await client.jobs.create({ briefId: brief.id, variants: 2 });
    const done = await finish(client, job.id);
    expect(done.state).toBe('succeeded');
    expect(done.drafts).toHaveLength(2);

    const stopped = await first.stop('SIGTERM');
    expect(stopped.code === 0 || stopped.signal === 'SIGTERM').toBe(true);
    // The embedded server went down with the app: its pid file is gone.
    expect(existsSync(join(dir, '.data', 'postgres', 'postmaster.pid'))).toBe(false);

    const second = await spawnApp(env, dir);
    try {
      expect(second.output()).not.toContain('Created the first admin');
      const again = await signIn(second.url, password!);
      expect((await again.briefs.get(brief.id)).title).toBe(brief.title);
      const kept = await again.jobs.get(job.id);
      expect(kept.state).toBe('succeeded');
      expect(kept.drafts.map((d) => d.body)).toEqual(done.drafts.map((d) => d.body));
    } finally {
      await second.stop('SIGINT');
    }
    expect(existsSync(join(dir, '.data', 'postgres', 'postmaster.pid'))).toBe(false);
  });
});
