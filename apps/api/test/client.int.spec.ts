import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBrief } from './support/fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

describe('the typed client against a running API', () => {
  let db: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase('client');
    app = await startTestApp({ DATABASE_URL: db.url });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('walks every page of briefs and jobs, newest first, each item once', async () => {
    const briefs = [];
    for (let i = 0; i < 5; i++) briefs.push(await app.client.briefs.create(copyBrief('en', 40 + i)));
    const jobs = [];
    for (const brief of briefs.slice(0, 3)) jobs.push(await app.client.jobs.create({ briefId: brief.id }));

    const seenBriefs = [];
    for await (const brief of app.client.briefs.listAll({ limit: 2 })) seenBriefs.push(brief.id);
    expect(seenBriefs).toEqual(briefs.map((b) => b.id).reverse());
    const seenJobs = [];
    for await (const job of app.client.jobs.listAll({ limit: 1 })) seenJobs.push(job.id);
    expect(seenJobs).toEqual(jobs.map((j) => j.id).reverse());

    // Streaming to the end, then the exports read line by line from the same API.
    const events = [];
    for await (const event of app.client.jobs.stream(jobs[0]!.id)) events.push(event);
    const result = events.at(-1);
    if (result?.type !== 'result') throw new Error('the stream ended without a result');
    const edited = await app.client.drafts.startAssistedEdit(result.job.drafts[0]!.id, {
      body: 'A human rewrite of the AI draft, long enough to count as edited.',
      activeSeconds: 60,
    });
    const records = [];
    for await (const record of app.client.exports.sft({ format: 'prompt_completion' })) records.push(record);
    expect(records).toEqual([expect.objectContaining({ completion: edited.body })]);
    const csv = await new Response(await app.client.exports.ratingsCsv()).text();
    expect(csv.split('\n')[0]).toContain('outcome');
  });
});
