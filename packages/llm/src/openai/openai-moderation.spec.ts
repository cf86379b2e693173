import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../provider.js';
import { type FakeOpenAIServer, startFakeOpenAIServer } from '../testing/openai-fake-server.js';
import { OpenAIModeration } from './openai-moderation.js';

const KEY = 'sk-test-SECRET-0123456789abcdef';

let server: FakeOpenAIServer;
beforeEach(async () => {
  server = await startFakeOpenAIServer();
});
afterEach(async () => {
  await server.close();
});

const moderation = (timeoutMs = 2_000) =>
  new OpenAIModeration({ baseURL: server.baseURL, apiKey: KEY, model: 'omni-moderation-latest', timeoutMs });

describe('OpenAIModeration', () => {
  it('posts the texts to /moderations and answers one result per text', async () => {
    server.setModeration({
      kind: 'scores',
      score: (text) => (text.includes('attack') ? { violence: 0.93 } : {}),
    });
    const body = (await moderation().moderate(['a calm text', 'plan the attack'])) as {
      results: {
        flagged: boolean;
        categories: Record<string, boolean>;
        category_scores: Record<string, number>;
      }[];
    };
    expect(body.results.map((r) => r.flagged)).toEqual([false, true]);
    expect(body.results[1]?.category_scores.violence).toBe(0.93);
    expect(body.results[1]?.categories.violence).toBe(true);
    const request = server.requests.at(-1);
    expect(request?.url).toBe('/v1/moderations');
    expect(request?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request?.body).toEqual({
      model: 'omni-moderation-latest',
      input: ['a calm text', 'plan the attack'],
    });
  });

  it('maps a server error to a retryable ProviderError without the key', async () => {
    server.setModeration({ kind: 'error', status: 503, body: { error: { message: `overloaded ${KEY}` } } });
    const error = await moderation()
      .moderate(['text'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: 'provider_error', retryable: true, status: 503 });
    expect((error as Error).message).not.toContain(KEY);
  });

  it('gives up on a server that never answers after its timeout', async () => {
    server.setModeration({ kind: 'hang' });
    await expect(moderation(200).moderate(['text'])).rejects.toMatchObject({ code: 'timeout' });
  });
});
