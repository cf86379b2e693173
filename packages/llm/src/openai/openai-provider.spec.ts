import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GenerationParameters } from '@draftbench/contracts';
import { ProviderError } from '../provider.js';
import { renderPrompt } from '../prompt.js';
import { type FakeOpenAIServer, startFakeOpenAIServer } from '../testing/openai-fake-server.js';
import { copyBrief, videoBrief } from '../testing/briefs.js';
import { OpenAIProvider, computeCostUsd } from './openai-provider.js';

const KEY = 'sk-test-SECRET-0123456789abcdef';
const models = [{ id: 'fake-model', inputPricePerMTokUsd: 0.15, outputPricePerMTokUsd: 0.6 }];

let server: FakeOpenAIServer;
beforeEach(async () => {
  server = await startFakeOpenAIServer();
});
afterEach(async () => {
  await server.close();
});

function provider(opts: { timeoutMs?: number; idleTimeoutMs?: number; apiKey?: string } = {}) {
  return new OpenAIProvider({ baseURL: server.baseURL, apiKey: opts.apiKey ?? KEY, models, ...opts });
}

function run(
  p: OpenAIProvider,
  extra: {
    signal?: AbortSignal;
    parameters?: GenerationParameters;
    onDelta?: (t: string) => void;
    brief?: ReturnType<typeof copyBrief> | ReturnType<typeof videoBrief>;
  } = {},
) {
  const brief = extra.brief ?? copyBrief('en');
  return p.generate({
    brief,
    prompt: renderPrompt(brief),
    model: 'fake-model',
    parameters: extra.parameters ?? {},
    variant: 0,
    signal: extra.signal ?? new AbortController().signal,
    onDelta: extra.onDelta ?? (() => {}),
  });
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const err = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProviderError);
  const pe = err as ProviderError;
  expect(pe.message).not.toContain(KEY);
  expect(pe.message).not.toMatch(/\n\s+at /);
  return pe;
}

describe('OpenAIProvider', () => {
  it('streams deltas in order and takes usage from the server', async () => {
    server.enqueue({
      kind: 'stream',
      deltas: ['Alpha', ' beta', ' gamma'],
      usage: { prompt_tokens: 42, completion_tokens: 7, total_tokens: 49 },
    });
    const deltas: string[] = [];
    const result = await run(provider(), {
      parameters: { temperature: 0.3, topP: 0.9, maxTokens: 256, seed: 7 },
      onDelta: (d) => deltas.push(d),
    });
    expect(deltas).toEqual(['Alpha', ' beta', ' gamma']);
    expect(result.text).toBe('Alpha beta gamma');
    expect(result.usage).toEqual({ promptTokens: 42, completionTokens: 7, totalTokens: 49 });
    expect(result.scenes).toBeNull();

    const req = server.requests[0];
    expect(req?.url).toBe('/v1/chat/completions');
    expect(req?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req?.body).toMatchObject({
      model: 'fake-model',
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0.3,
      top_p: 0.9,
      max_tokens: 256,
      seed: 7,
    });
    const messages = req?.body?.messages as { role: string; content: string }[];
    expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(messages[1]?.content).toContain('<brief>');
    expect(server.requests).toHaveLength(1);
  });

  it('estimates usage when the server sends none, and works without a key', async () => {
    server.enqueue({ kind: 'stream', deltas: ['one', ' two', ' three'], usage: null });
    const result = await run(provider({ apiKey: '' }));
    expect(result.usage.completionTokens).toBeGreaterThanOrEqual(3);
    expect(result.usage.promptTokens).toBeGreaterThan(50);
    expect(result.usage.totalTokens).toBe(result.usage.promptTokens + result.usage.completionTokens);
    expect(server.requests[0]?.headers.authorization).toMatch(/^Bearer \S+/);
  });

  it('parses scenes of a video script out of a fenced JSON answer', async () => {
    const json = JSON.stringify({
      scenes: [
        { index: 1, seconds: 10, shot: 'close-up', onScreenText: 'Hi', voiceOver: 'Hello' },
        { index: 2, seconds: 20, shot: 'wide', onScreenText: 'Go', voiceOver: 'Follow' },
      ],
    });
    server.enqueue({ kind: 'stream', deltas: ['```json\n', json.slice(0, 30), json.slice(30), '\n```'] });
    const result = await run(provider(), { brief: videoBrief('en', 30) });
    expect(result.scenes?.map((s) => s.seconds)).toEqual([10, 20]);
  });

  it('maps 429 with Retry-After to rate_limited with retryAfterMs', async () => {
    server.enqueue({
      kind: 'error',
      status: 429,
      headers: { 'retry-after': '3' },
      body: { error: { message: 'Slow down please' } },
    });
    const err = await failure(run(provider()));
    expect(err.code).toBe('rate_limited');
    expect(err.retryable).toBe(true);
    expect(err.retryAfterMs).toBe(3000);
    expect(err.status).toBe(429);
    expect(err.message).toContain('Slow down please');
    expect(server.requests).toHaveLength(1); // the SDK did not retry on its own
  });

  it('prefers retry-after-ms and understands an HTTP date', async () => {
    server.enqueue({ kind: 'error', status: 429, headers: { 'retry-after-ms': '1500', 'retry-after': '9' } });
    expect((await failure(run(provider()))).retryAfterMs).toBe(1500);
    server.enqueue({
      kind: 'error',
      status: 429,
      headers: { 'retry-after': new Date(Date.now() + 60_000).toUTCString() },
    });
    const ms = (await failure(run(provider()))).retryAfterMs ?? 0;
    expect(ms).toBeGreaterThan(50_000);
    expect(ms).toBeLessThanOrEqual(60_000);
  });

  it('maps 500 to a retryable provider_error carrying the server message', async () => {
    server.enqueue({ kind: 'error', status: 500, body: { error: { message: 'The engine is overloaded' } } });
    const err = await failure(run(provider()));
    expect(err).toMatchObject({ code: 'provider_error', retryable: true, status: 500 });
    expect(err.message).toContain('The engine is overloaded');
    expect(server.requests).toHaveLength(1);
  });

  it('maps 400 to a non-retryable bad_request, 401 to auth_error, 409 to retryable', async () => {
    server.enqueue({ kind: 'error', status: 400, body: { error: { message: 'max_tokens is too large' } } });
    const bad = await failure(run(provider()));
    expect(bad).toMatchObject({ code: 'bad_request', retryable: false, status: 400 });
    expect(bad.message).toContain('max_tokens is too large');

    server.enqueue({
      kind: 'error',
      status: 401,
      body: { error: { message: `Incorrect API key provided: ${KEY}` } },
    });
    const auth = await failure(run(provider()));
    expect(auth).toMatchObject({ code: 'auth_error', retryable: false });
    expect(auth.message).toContain('Incorrect API key provided');

    server.enqueue({ kind: 'error', status: 409 });
    expect((await failure(run(provider()))).retryable).toBe(true);
  });

  it('maps a garbage SSE data line to malformed_response', async () => {
    server.enqueue({ kind: 'stream', deltas: ['ok', ' so far'], garbageAfter: 1 });
    const err = await failure(run(provider()));
    expect(err).toMatchObject({ code: 'malformed_response', retryable: true });
  });

  it('maps a stream that ends without finishing to malformed_response', async () => {
    server.enqueue({ kind: 'stream', deltas: ['cut', ' off'], truncate: true });
    const err = await failure(run(provider()));
    expect(err).toMatchObject({ code: 'malformed_response', retryable: true });
  });

  it('times out a server that never answers', async () => {
    server.enqueue({ kind: 'hang' });
    const started = Date.now();
    const err = await failure(run(provider({ timeoutMs: 150 })));
    expect(err).toMatchObject({ code: 'timeout', retryable: true });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('times out a stream that stalls longer than idleTimeoutMs', async () => {
    server.enqueue({ kind: 'stream', deltas: ['a', 'b', 'c', 'd'], stallAfter: 2 });
    const deltas: string[] = [];
    const err = await failure(
      run(provider({ idleTimeoutMs: 150, timeoutMs: 5000 }), { onDelta: (d) => deltas.push(d) }),
    );
    expect(err).toMatchObject({ code: 'timeout', retryable: true });
    expect(err.message).toMatch(/stall/);
    expect(deltas).toEqual(['a', 'b']);
  });

  it('rejects with aborted when the caller aborts mid-stream', async () => {
    server.enqueue({ kind: 'stream', deltas: ['x', 'y', 'z'], delayMs: 50, stallAfter: 3 });
    const controller = new AbortController();
    const err = await failure(
      run(provider(), { signal: controller.signal, onDelta: () => controller.abort() }),
    );
    expect(err).toMatchObject({ code: 'aborted', retryable: false });
  });

  it('rejects with aborted when the caller aborts before the server answers', async () => {
    server.enqueue({ kind: 'hang' });
    const controller = new AbortController();
    const pending = run(provider(), { signal: controller.signal });
    await server.waitForRequest(1);
    controller.abort();
    expect(await failure(pending)).toMatchObject({ code: 'aborted', retryable: false });
  });

  it('maps a refused connection to a retryable provider_error', async () => {
    const url = server.baseURL;
    await server.close();
    server = await startFakeOpenAIServer();
    const p = new OpenAIProvider({ baseURL: url, apiKey: KEY, models });
    expect(await failure(run(p))).toMatchObject({ code: 'provider_error', retryable: true });
  });

  it('never repeats the password of a base URL with credentials (fetch quotes such URLs whole)', async () => {
    const baseURL = server.baseURL.replace('http://', 'http://proxy-user:proxy-pass-1234@');
    const p = new OpenAIProvider({ baseURL, apiKey: KEY, models });
    const error = await failure(run(p));
    expect(error.message).not.toContain('proxy-pass-1234');
  });
});

describe('computeCostUsd', () => {
  it('prices prompt and completion tokens per million', () => {
    const cost = computeCostUsd(
      { promptTokens: 1_000_000, completionTokens: 500_000, totalTokens: 1_500_000 },
      models[0]!,
    );
    expect(cost).toBeCloseTo(0.15 + 0.3, 10);
    expect(computeCostUsd({ promptTokens: 0, completionTokens: 0, totalTokens: 0 }, models[0]!)).toBe(0);
  });
});
