import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchesRepository } from '../src/batches/batches.repository.js';
import { copyBrief } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

// An API without a worker: jobs stay queued, as they do when the queue cannot take them.
describe('jobs a batch could not queue', () => {
  let db: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase('batch_queue_failure');
    app = await startTestApp({
      DATABASE_URL: db.url,
      APP_ROLES: 'api',
      WEBHOOK_ALLOWED_ADDRESSES: '127.0.0.1',
    });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('end as failed through the webhook outbox, so their job.failed events are sent like any other', async () => {
    const brief = await app.client.briefs.create(copyBrief('en'));
    const job = await app.client.jobs.create({
      briefId: brief.id,
      webhook: { url: 'http://127.0.0.1:9/hook', secret: 'a-secret-of-sixteen+' },
    });
    await app.running.app
      .get(BatchesRepository)
      .failQueued([job.id], { code: 'queue_unavailable', message: 'The job queue was unavailable.' });
    await expect(app.client.jobs.get(job.id)).resolves.toMatchObject({ state: 'failed' });
    const { items } = await app.client.webhooks.deliveries.list({ jobId: job.id });
    expect(items).toEqual([expect.objectContaining({ eventType: 'job.failed', state: 'pending' })]);
  });
});
