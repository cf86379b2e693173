import { PROBLEM_CONTENT_TYPE, type BriefCreateInput } from '@draftbench/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraftbenchClient, DraftbenchApiError } from './index.js';
import { BRIEF_ID, JOB_ID, brief, draft, job, withDrafts } from './testing/fixtures.js';
import { sendJson, startServer, type TestServer } from './testing/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const briefInput: BriefCreateInput = {
  contentType: 'marketing_copy',
  language: 'en',
  title: 'Spring launch',
  targetLength: 120,
  fields: { productName: 'Kettle', category: 'Kitchen', sellingPoints: ['Boils in 90 s'] },
};

describe('requests', () => {
  it('posts a brief as JSON with the API key and idempotency key', async () => {
    server = await startServer((_request, response) => sendJson(response, 201, brief));
    const client = createDraftbenchClient({ baseUrl: `${server.baseUrl}/`, apiKey: 'secret' });

    const created = await client.briefs.create(briefInput, { idempotencyKey: 'k-1' });

    expect(created).toEqual(brief);
    const [request] = server.requests;
    expect(request).toMatchObject({ method: 'POST', url: '/v1/briefs' });
    expect(request?.headers).toMatchObject({
      authorization: 'Bearer secret',
      'content-type': 'application/json',
      'idempotency-key': 'k-1',
      accept: 'application/json',
    });
    expect(JSON.parse(request?.body ?? '')).toEqual(briefInput);
  });

  it('builds list queries without the unset filters and reads the other endpoints', async () => {
    server = await startServer((request, response) => {
      if (request.url.startsWith('/v1/briefs?'))
        return sendJson(response, 200, { items: [brief], nextCursor: null });
      if (request.url === `/v1/briefs/${BRIEF_ID}`) return sendJson(response, 200, brief);
      if (request.url === `/v1/briefs/${BRIEF_ID}/drafts?limit=100`)
        return sendJson(response, 200, { items: [draft(0)], nextCursor: null });
      if (request.url === '/v1/providers') {
        const model = { id: 'template-v1', inputPricePerMTokUsd: 0, outputPricePerMTokUsd: 0 };
        return sendJson(response, 200, {
          items: [{ name: 'template', kind: 'template', ruleBased: true, isDefault: true, models: [model] }],
        });
      }
      if (request.url === `/v1/jobs/${JOB_ID}`) return sendJson(response, 200, withDrafts(job(), []));
      if (request.url === `/v1/jobs/${JOB_ID}/cancel`)
        return sendJson(response, 200, job({ state: 'cancelled' }));
      if (request.url === '/v1/jobs') return sendJson(response, 202, job());
      sendJson(response, 404, {});
    });
    const client = createDraftbenchClient({ baseUrl: server.baseUrl });

    await client.briefs.list({ language: 'en', contentType: undefined, limit: 5 });
    await expect(client.briefs.get(BRIEF_ID)).resolves.toEqual(brief);
    await expect(client.briefs.drafts(BRIEF_ID)).resolves.toEqual([draft(0)]);
    await expect(client.providers.list()).resolves.toHaveLength(1);
    await expect(client.jobs.get(JOB_ID)).resolves.toMatchObject({ id: JOB_ID, drafts: [] });
    await expect(client.jobs.cancel(JOB_ID)).resolves.toMatchObject({ state: 'cancelled' });
    await expect(client.jobs.create({ briefId: BRIEF_ID, variants: 2 })).resolves.toMatchObject({
      state: 'queued',
    });

    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /v1/briefs?language=en&limit=5',
      `GET /v1/briefs/${BRIEF_ID}`,
      `GET /v1/briefs/${BRIEF_ID}/drafts?limit=100`,
      'GET /v1/providers',
      `GET /v1/jobs/${JOB_ID}`,
      `POST /v1/jobs/${JOB_ID}/cancel`,
      'POST /v1/jobs',
    ]);
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    expect(JSON.parse(server.requests[6]?.body ?? '')).toEqual({ briefId: BRIEF_ID, variants: 2 });
  });
});

describe('judge', () => {
  const run = {
    id: JOB_ID,
    provider: 'openai',
    model: 'gpt-4o-mini',
    contentType: null,
    language: 'zh',
    state: 'queued',
    attempts: 0,
    pairs: { planned: 3, judged: 0, consistent: 0, inconsistent: 0, malformed: 0 },
    usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0 },
    costUsd: 0,
    error: null,
    createdAt: '2026-11-28T12:00:00.000Z',
    startedAt: null,
    finishedAt: null,
  };

  it('starts runs and reads status, runs and agreement', async () => {
    server = await startServer((request, response) => {
      if (request.url === '/v1/judge/status')
        return sendJson(response, 200, { available: false, reason: 'needs a chat model', providers: [] });
      if (request.url === '/v1/judge/runs' && request.method === 'POST') return sendJson(response, 202, run);
      if (request.url === '/v1/judge/runs')
        return sendJson(response, 200, { items: [run], nextCursor: null });
      if (request.url === `/v1/judge/runs/${JOB_ID}`) return sendJson(response, 200, run);
      if (request.url.startsWith('/v1/judge/agreement')) return sendJson(response, 200, { items: [] });
      sendJson(response, 404, {});
    });
    const client = createDraftbenchClient({ baseUrl: server.baseUrl });

    await expect(client.judge.status()).resolves.toMatchObject({ available: false });
    await expect(client.judge.createRun({ language: 'zh', maxPairs: 3 })).resolves.toEqual(run);
    await expect(client.judge.runs()).resolves.toEqual({ items: [run], nextCursor: null });
    await expect(client.judge.run(JOB_ID)).resolves.toEqual(run);
    await expect(client.judge.agreement({ contentType: 'news_draft' })).resolves.toEqual([]);

    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /v1/judge/status',
      'POST /v1/judge/runs',
      'GET /v1/judge/runs',
      `GET /v1/judge/runs/${JOB_ID}`,
      'GET /v1/judge/agreement?contentType=news_draft',
    ]);
    expect(JSON.parse(server.requests[1]?.body ?? '')).toEqual({ language: 'zh', maxPairs: 3 });
  });
});

describe('errors', () => {
  it('turns problem+json into DraftbenchApiError with the detail as message', async () => {
    const problem = {
      type: 'https://draftbench.dev/problems/validation',
      title: 'Invalid request',
      status: 422,
      detail: 'fields.sellingPoints needs at least one item',
      errors: [{ path: 'fields.sellingPoints', message: 'Too small' }],
    };
    server = await startServer((_request, response) =>
      sendJson(response, 422, problem, PROBLEM_CONTENT_TYPE),
    );
    const client = createDraftbenchClient({ baseUrl: server.baseUrl });

    const error: unknown = await client.briefs.create(briefInput).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DraftbenchApiError);
    expect(error).toMatchObject({ status: 422, message: problem.detail, problem });
  });

  it('keeps the status and text of an error that is not a problem', async () => {
    server = await startServer((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end('upstream unavailable');
    });
    const client = createDraftbenchClient({ baseUrl: server.baseUrl });

    const error: unknown = await client.jobs.cancel(JOB_ID).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DraftbenchApiError);
    expect(error).toMatchObject({ status: 502, message: 'upstream unavailable' });
  });

  it('reads Retry-After of a rate-limited answer', async () => {
    const problem = { type: 'about:blank', title: 'Too many requests', status: 429, detail: 'Wait 17 s' };
    server = await startServer((_request, response) => {
      response.setHeader('retry-after', '17');
      sendJson(response, 429, problem, PROBLEM_CONTENT_TYPE);
    });
    // Without retries: the error the client gives up with carries the wait the server asked for.
    const client = createDraftbenchClient({
      baseUrl: server.baseUrl,
      apiKey: 'dbk_x',
      retry: { retries: 0 },
    });

    const error: unknown = await client.jobs.list().catch((caught: unknown) => caught);

    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 17, message: 'Wait 17 s' });
  });
});

describe('apiKeys', () => {
  it('creates, lists and revokes keys at their routes', async () => {
    const key = {
      id: JOB_ID,
      name: 'CMS',
      prefix: 'dbk_k3x9q2mf',
      scopes: ['jobs:write'],
      rateLimitPerMinute: null,
      maxConcurrentJobs: null,
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
      createdAt: '2026-11-28T12:00:00.000Z',
    };
    server = await startServer((request, response) => {
      if (request.url === '/v1/api-keys' && request.method === 'POST')
        return sendJson(response, 201, { ...key, secret: `${key.prefix}_secret` });
      if (request.url === '/v1/api-keys?limit=1')
        return sendJson(response, 200, { items: [key], nextCursor: 'c1' });
      if (request.url === '/v1/api-keys?limit=100')
        return sendJson(response, 200, { items: [key], nextCursor: null });
      return sendJson(response, 200, { ...key, revokedAt: '2026-11-28T13:00:00.000Z' });
    });
    const client = createDraftbenchClient({ baseUrl: server.baseUrl });

    await expect(client.apiKeys.create({ name: 'CMS', scopes: ['jobs:write'] })).resolves.toMatchObject({
      secret: 'dbk_k3x9q2mf_secret',
    });
    await expect(client.apiKeys.list({ limit: 1 })).resolves.toEqual({ items: [key], nextCursor: 'c1' });
    const all = [];
    for await (const item of client.apiKeys.listAll()) all.push(item);
    expect(all).toEqual([key]);
    await expect(client.apiKeys.revoke(key.id)).resolves.toMatchObject({
      revokedAt: '2026-11-28T13:00:00.000Z',
    });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /v1/api-keys',
      'GET /v1/api-keys?limit=1',
      'GET /v1/api-keys?limit=100',
      `POST /v1/api-keys/${key.id}/revoke`,
    ]);
  });
});

describe('jobs.listAll', () => {
  it('follows nextCursor until the last page', async () => {
    const pages: Record<string, { ids: string[]; next: string | null }> = {
      '': { ids: ['1', '2'], next: 'c2' },
      c2: { ids: ['3'], next: 'c3' },
      c3: { ids: [], next: null },
    };
    server = await startServer((request, response) => {
      const url = new URL(request.url, 'http://localhost');
      const current = pages[url.searchParams.get('cursor') ?? ''];
      if (!current) return sendJson(response, 400, {});
      const items = current.ids.map((n) => job({ id: `5c2f1a9e-3d4b-4e8a-8b7c-6a5d4c3b2a1${n}` }));
      sendJson(response, 200, { items, nextCursor: current.next });
    });
    const client = createDraftbenchClient({ baseUrl: server.baseUrl });

    const ids: string[] = [];
    for await (const item of client.jobs.listAll({ state: 'queued', limit: 2 })) ids.push(item.id.slice(-1));

    expect(ids).toEqual(['1', '2', '3']);
    expect(server.requests.map((r) => r.url)).toEqual([
      '/v1/jobs?state=queued&limit=2',
      '/v1/jobs?state=queued&limit=2&cursor=c2',
      '/v1/jobs?state=queued&limit=2&cursor=c3',
    ]);
  });
});
