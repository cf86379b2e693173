import { PROBLEM_CONTENT_TYPE } from '@draftbench/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraftbenchClient, DraftbenchApiError } from './index.js';
import { retryDelayMs } from './retry.js';
import { brief } from './testing/fixtures.js';
import { sendJson, startServer, type TestServer } from './testing/server.js';

const settings = { retries: 3, baseDelayMs: 500, maxDelayMs: 30_000 };
const problem = (status: number) => ({ type: 'about:blank', title: 'Busy', status, detail: 'Slow down' });

describe('retryDelayMs', () => {
  const now = Date.parse('2026-11-28T12:00:00Z');
  it('honours Retry-After in seconds and as an HTTP date, capped', () => {
    expect(retryDelayMs('2', 0, settings, now)).toBe(2000);
    expect(retryDelayMs('Sat, 28 Nov 2026 12:00:07 GMT', 0, settings, now)).toBe(7000);
    expect(retryDelayMs('3600', 0, settings, now)).toBe(30_000);
    expect(retryDelayMs('Sat, 28 Nov 2026 11:00:00 GMT', 0, settings, now)).toBe(0);
  });
  it('backs off exponentially with full jitter without Retry-After', () => {
    expect(retryDelayMs(null, 0, settings, now, () => 1)).toBe(500);
    expect(retryDelayMs(null, 3, settings, now, () => 1)).toBe(4000);
    expect(retryDelayMs('soon', 2, settings, now, () => 0.5)).toBe(1000);
  });
});

describe('retries over HTTP', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('repeats a request answered 429 or 503 and returns the first success', async () => {
    const answers = [429, 503];
    server = await startServer((_request, response) => {
      const status = answers.shift();
      if (!status) return sendJson(response, 200, brief);
      response.setHeader('retry-after', '0');
      sendJson(response, status, problem(status), PROBLEM_CONTENT_TYPE);
    });
    const client = createDraftbenchClient({ baseUrl: server.baseUrl });
    await expect(client.briefs.get(brief.id)).resolves.toEqual(brief);
    expect(server.requests).toHaveLength(3);
  });

  it('gives up after the configured retries with the last problem, and never retries other errors', async () => {
    server = await startServer((request, response) => {
      const status = request.url.startsWith('/v1/briefs/') ? 503 : 409;
      response.setHeader('retry-after', '0');
      sendJson(response, status, problem(status), PROBLEM_CONTENT_TYPE);
    });
    const client = createDraftbenchClient({ baseUrl: server.baseUrl, retry: { retries: 2 } });
    await expect(client.briefs.get(brief.id)).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(3);
    await expect(client.jobs.cancel(brief.id)).rejects.toBeInstanceOf(DraftbenchApiError);
    expect(server.requests).toHaveLength(4);
  });

  it('stops waiting when the caller aborts', async () => {
    server = await startServer((_request, response) => {
      response.setHeader('retry-after', '60');
      sendJson(response, 429, problem(429), PROBLEM_CONTENT_TYPE);
    });
    const client = createDraftbenchClient({ baseUrl: server.baseUrl });
    const controller = new AbortController();
    const pending = client.briefs.get(brief.id, { signal: controller.signal });
    await expect.poll(() => server?.requests.length).toBe(1);
    controller.abort(new Error('caller gave up'));
    await expect(pending).rejects.toThrow('caller gave up');
  });
});
