import { type DraftbenchClient } from '@draftbench/client';
import { QUEUES, type Batch, type BriefCreateInput } from '@draftbench/contracts';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '@draftbench/llm/testing';
import iconv from 'iconv-lite';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBrief } from './support/fixtures.js';
import { clientWithRoles, startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase, uniquePrefix, type TestDatabase } from './support/test-database.js';

const EXAMPLE_CSV = new URL('../../../docs/examples/briefs.csv', import.meta.url);
const HEADER = 'content_type,language,title,target_length,product_name,category,selling_points';
const TEMPLATE = [{ provider: 'template' }];

/** A marketing-copy row; `overrides` replaces cells by column name. */
function csvRow(i: number, overrides: Partial<Record<string, string>> = {}): string {
  const cells: Record<string, string> = {
    content_type: 'marketing_copy',
    language: 'en',
    title: `Kettle launch ${i}`,
    target_length: '60',
    product_name: `Aurora kettle ${i}`,
    category: 'kitchen appliances',
    selling_points: '"boils a litre in three minutes\nkeeps water warm for two hours"',
    ...overrides,
  };
  return HEADER.split(',')
    .map((c) => cells[c])
    .join(',');
}

const csv = (rows: string[]) => new TextEncoder().encode([HEADER, ...rows].join('\n') + '\n');
const total = (b: Batch) => Object.values(b.jobs).reduce((sum, n) => sum + n, 0);

describe('batches: CSV and JSON batch generation (postgres queue backend)', () => {
  let db: TestDatabase;
  let app: TestApp;
  let lead: DraftbenchClient;
  let sql: pg.Client;
  let openai: FakeOpenAIServer;

  beforeAll(async () => {
    openai = await startFakeOpenAIServer();
    db = await createTestDatabase('batches');
    app = await startTestApp({
      DATABASE_URL: db.url,
      REDIS_URL: undefined,
      QUEUE_PREFIX: uniquePrefix('batches'),
      TEMPLATE_CHUNK_DELAY_MS: '0',
      OPENAI_API_KEY: 'sk-test-secret-key-123',
      OPENAI_BASE_URL: openai.baseURL,
      OPENAI_MODELS: 'fake-large:2:8,fake-small:0.5:1',
      WORKER_CONCURRENCY: '8',
    });
    lead = await clientWithRoles(app, ['lead']);
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await app?.close();
    await openai?.close();
    await db?.drop();
  });

  const count = async (table: 'briefs' | 'generation_jobs' | 'batches', batchId?: string) => {
    const where = batchId ? (table === 'batches' ? 'WHERE id = $1' : 'WHERE batch_id = $1') : '';
    const { rows } = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${table} ${where}`,
      batchId ? [batchId] : [],
    );
    return rows[0]!.n;
  };

  /** Polls GET /v1/batches/:id until `until` holds, with a short pause between polls. */
  async function waitForBatch(id: string, until: (b: Batch) => boolean, timeoutMs = 40_000): Promise<Batch> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const batch = await lead.batches.get(id);
      if (until(batch)) return batch;
      if (Date.now() > deadline)
        throw new Error(`batch ${id} did not get there in time: ${JSON.stringify(batch.jobs)}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  it('turns 100 CSV rows with 3 bad ones into 97 briefs and 97 jobs that all succeed', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => {
      if (i === 10) return csvRow(i, { title: '"=HYPERLINK(""http://evil.example"",""click"")"' });
      if (i === 50) return csvRow(i, { product_name: '' });
      if (i === 90) return csvRow(i, { target_length: '12a' });
      return csvRow(i);
    });
    const batch = await lead.batches.upload(csv(rows), {
      targets: TEMPLATE,
      variants: 1,
      fileName: 'kettles.csv',
    });

    expect(batch).toMatchObject({
      source: 'csv',
      fileName: 'kettles.csv',
      encoding: 'utf-8',
      targets: [{ provider: 'template', model: 'rules-v1' }],
      variants: 1,
      totalRows: 100,
      acceptedRows: 97,
      rejectedRows: 3,
    });
    expect(total(batch)).toBe(97);
    // Header is line 1, row i is on line i + 2 (the list cells hold a line break: rows span 2 lines).
    const lineOf = (i: number) => 2 + i * 2;
    expect(batch.rejected.map((r) => r.line)).toEqual([lineOf(10), lineOf(50), lineOf(90)]);
    expect(batch.rejected[0]!.errors).toEqual([expect.objectContaining({ path: 'title' })]);
    expect(batch.rejected[1]!.errors).toEqual([expect.objectContaining({ path: 'product_name' })]);
    expect(batch.rejected[2]!.errors).toEqual([expect.objectContaining({ path: 'target_length' })]);
    expect(await count('briefs', batch.id)).toBe(97);
    expect(await count('generation_jobs', batch.id)).toBe(97);

    const finished = await waitForBatch(batch.id, (b) => b.done);
    expect(finished.jobs).toEqual({
      queued: 0,
      running: 0,
      succeeded: 97,
      failed: 0,
      refused: 0,
      cancelled: 0,
    });

    const listed = await lead.batches.list();
    expect(listed.items[0]).toMatchObject({ id: batch.id, done: true, rejectedRows: 3 });
    const jobs = await lead.batches.jobs(batch.id, { limit: 100 });
    expect(jobs.items).toHaveLength(97);
    expect(jobs.items.every((j) => j.state === 'succeeded' && j.provider === 'template')).toBe(true);
  });

  it('uploads the example file from docs/examples cleanly', async () => {
    const bytes = new Uint8Array(await readFile(EXAMPLE_CSV));
    const batch = await lead.batches.upload(new Blob([bytes], { type: 'text/csv' }), {
      targets: TEMPLATE,
      variants: 2,
      fileName: 'briefs.csv',
    });
    expect(batch.rejected).toEqual([]);
    expect(batch).toMatchObject({ totalRows: 6, acceptedRows: 6, variants: 2, encoding: 'utf-8' });
    const finished = await waitForBatch(batch.id, (b) => b.done);
    expect(finished.jobs.succeeded).toBe(6);
    const [job] = (await lead.batches.jobs(batch.id, { limit: 1 })).items;
    expect((await lead.jobs.get(job!.id)).drafts).toHaveLength(2);
  });

  it('creates one job per valid JSON brief and target, reporting invalid items by index', async () => {
    const bad = { ...copyBrief('en'), targetLength: -1 };
    const briefs: unknown[] = [copyBrief('en'), bad, copyBrief('zh'), copyBrief('en', 120)];
    const batch = await lead.batches.create({
      briefs,
      targets: [{ provider: 'template' }, { provider: 'openai', model: 'fake-small' }],
      variants: 1,
      parameters: { seed: 3 },
    });
    expect(batch).toMatchObject({
      source: 'json',
      fileName: null,
      totalRows: 4,
      acceptedRows: 3,
      targets: [
        { provider: 'template', model: 'rules-v1' },
        { provider: 'openai', model: 'fake-small' },
      ],
    });
    expect(batch.rejected).toEqual([
      { line: 2, errors: [expect.objectContaining({ path: 'targetLength' })] },
    ]);
    expect(total(batch)).toBe(6);
    const finished = await waitForBatch(batch.id, (b) => b.done);
    expect(finished.jobs.succeeded).toBe(6);
    const jobs = (await lead.batches.jobs(batch.id)).items;
    expect(jobs.filter((j) => j.provider === 'openai')).toHaveLength(3);
    expect(jobs.every((j) => j.parameters.seed === 3)).toBe(true);
  });

  it('refuses an unknown provider or model with 400 before creating anything', async () => {
    const counts = async () => [
      await count('briefs'),
      await count('generation_jobs'),
      await count('batches'),
    ];
    const before = await counts();
    await expect(
      lead.batches.create({
        briefs: [copyBrief('en')],
        targets: [{ provider: 'template' }, { provider: 'no-such-provider' }],
        variants: 1,
      }),
    ).rejects.toMatchObject({
      status: 400,
      problem: { errors: [{ path: 'targets.1.provider', message: expect.stringContaining('template') }] },
    });
    await expect(
      lead.batches.upload(csv([csvRow(1)]), {
        targets: [{ provider: 'openai', model: 'gpt-9' }],
        variants: 1,
      }),
    ).rejects.toMatchObject({ status: 400, problem: { errors: [{ path: 'targets.0.model' }] } });
    expect(await counts()).toEqual(before);
  });

  it('refuses file-level problems with 400 and the reasons, creating nothing', async () => {
    const before = await count('briefs');
    const noTitle = new TextEncoder().encode('content_type,language,target_length\nnews_draft,zh,300\n');
    await expect(lead.batches.upload(noTitle, { targets: TEMPLATE, variants: 1 })).rejects.toMatchObject({
      status: 400,
      problem: { errors: [{ path: 'file', message: expect.stringContaining('title') }] },
    });
    await expect(lead.batches.create({ briefs: [], targets: TEMPLATE, variants: 1 })).rejects.toMatchObject({
      status: 400,
      problem: { errors: [{ path: 'briefs' }] },
    });
    await expect(
      lead.batches.upload(csv([csvRow(1)]), { targets: TEMPLATE, variants: 9 }),
    ).rejects.toMatchObject({ status: 400, problem: { errors: [{ path: 'variants' }] } });
    const huge = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61);
    await expect(lead.batches.upload(huge, { targets: TEMPLATE, variants: 1 })).rejects.toMatchObject({
      status: 400,
      problem: { errors: [{ path: 'file', message: 'File too large' }] },
    });
    expect(await count('briefs')).toBe(before);
  });

  it('reads a GBK-encoded CSV and reports the encoding', async () => {
    const text =
      'content_type,language,title,target_length,topic,duration_seconds,call_to_action\n' +
      'video_script,zh,夏季新品短视频脚本,200,清风挂脖风扇的通勤场景,30,点击下方链接购买\n';
    const batch = await lead.batches.upload(iconv.encode(text, 'gbk'), {
      targets: TEMPLATE,
      variants: 1,
      fileName: '视频脚本.csv',
    });
    expect(batch).toMatchObject({
      encoding: 'gb18030',
      acceptedRows: 1,
      rejected: [],
      fileName: '视频脚本.csv',
    });
    const [job] = (await lead.batches.jobs(batch.id)).items;
    expect((await lead.briefs.get(job!.briefId)).title).toBe('夏季新品短视频脚本');
  });

  it('is for leads: a rater gets 403', async () => {
    const rater = await clientWithRoles(app, ['rater']);
    const before = await count('briefs');
    await expect(
      rater.batches.create({
        briefs: [copyBrief('en') satisfies BriefCreateInput],
        targets: TEMPLATE,
        variants: 1,
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      rater.batches.upload(csv([csvRow(1)]), { targets: TEMPLATE, variants: 1 }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(rater.batches.list()).rejects.toMatchObject({ status: 403 });
    expect(await count('briefs')).toBe(before);
  });

  // Last: its jobs keep the workers busy after it returns.
  it('accepts 10,000 rows in one upload', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => csvRow(i));
    const started = Date.now();
    const batch = await lead.batches.upload(csv(rows), {
      targets: TEMPLATE,
      variants: 1,
      fileName: 'big.csv',
    });
    const elapsed = Date.now() - started;
    expect(batch).toMatchObject({ totalRows: 10_000, acceptedRows: 10_000, rejectedRows: 0 });
    expect(total(batch)).toBe(10_000);
    expect(await count('briefs', batch.id)).toBe(10_000);
    expect(await count('generation_jobs', batch.id)).toBe(10_000);
    // Enqueued before the answer: the last row's job is in the queue, and the workers are taking jobs.
    const { rows: last } = await sql.query<{ id: string }>(
      `SELECT j.id FROM generation_jobs j JOIN briefs b ON b.id = j.brief_id
        WHERE j.batch_id = $1 AND b.title = 'Kettle launch 9999'`,
      [batch.id],
    );
    const queue = app.running.infra.queueBackend.createQueue(QUEUES.generation.name);
    expect((await queue.getJob(last[0]!.id))?.data).toEqual({ jobId: last[0]!.id });
    const moving = await waitForBatch(batch.id, (b) => b.jobs.succeeded > 0);
    expect(total(moving)).toBe(10_000);
    expect(elapsed).toBeLessThan(30_000);
  });
});
