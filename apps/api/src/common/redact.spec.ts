import { describe, expect, it } from 'vitest';
import { createRedactor, REDACTED, secretValuesOf } from './redact.js';

const API_KEY = 'dbk_k3x9q2mf_' + 'A'.repeat(20) + '-b_' + 'c'.repeat(20);
const redact = createRedactor();

describe('redact', () => {
  it.each([
    [
      'a Draftbench API key, keeping its public id',
      `key ${API_KEY} refused`,
      `key dbk_k3x9q2mf_${REDACTED} refused`,
    ],
    [
      'an OpenAI key',
      '401 Incorrect API key provided: sk-proj-abc123DEF456ghi.',
      `401 Incorrect API key provided: sk-${REDACTED}.`,
    ],
    ['a bearer token', 'authorization: Bearer eyJhbGciOi.x.y', `authorization: Bearer ${REDACTED}`],
    ['a webhook signing secret', 'signing with whsec_Zm9vYmFyYmF6cXV4', `signing with whsec_${REDACTED}`],
    [
      'a PostgreSQL password',
      'connect postgres://draft:s3cr3t!@db:5432/app failed',
      `connect postgres://draft:${REDACTED}@db:5432/app failed`,
    ],
    ['a Redis password with no user', 'redis://:hunter22@cache:6379/0', `redis://:${REDACTED}@cache:6379/0`],
    [
      'a session cookie',
      'cookie draftbench_session=abcDEF123; Path=/',
      `cookie draftbench_session=${REDACTED}; Path=/`,
    ],
    [
      'a JSON password field',
      '{"email":"a@b.c","password":"pa55word!"}',
      `{"email":"a@b.c","password":"${REDACTED}"}`,
    ],
    ['a secret in a query string', '/hook?secret=xyz123&x=1', `/hook?secret=${REDACTED}&x=1`],
  ])('masks %s', (_, text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it.each([
    'Job 0190c3a4-7b1e-7000-8000-000000000000 failed: provider_error: 500 fake error',
    'task-manager-restarted and asked 12 tokens; promptTokens=12',
    'redis://cache:6379 and postgres://postgres@127.0.0.1:5432/app have no password',
    'Created the admin admin@draftbench.local from ADMIN_PASSWORD.',
  ])('leaves text without secrets as it is: %s', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('masks the exact values of configured secrets, longest first, wherever they appear', () => {
    const redactValues = createRedactor(['plain-admin-pass', 'plain-admin-pass-longer', 'short']);
    expect(redactValues('x plain-admin-pass-longer y plain-admin-pass z short')).toBe(
      `x ${REDACTED} y ${REDACTED} z short`,
    );
  });

  it('treats regular expression characters in secret values literally', () => {
    expect(createRedactor(['a.b*c(d)e'])('a.b*c(d)e and aXbbbc(d)e')).toBe(`${REDACTED} and aXbbbc(d)e`);
  });
});

describe('secretValuesOf', () => {
  it('takes secret-named variables and the passwords inside URLs, decoded as well', () => {
    const values = secretValuesOf({
      OPENAI_API_KEY: 'local-model-key',
      ADMIN_PASSWORD: 'admin-password-1',
      DATABASE_URL: 'postgres://app:p%40ss-word@db/app',
      REDIS_URL: 'redis://:redis-pass@cache:6379',
      OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1',
      QUEUE_PREFIX: 'draftbench',
      WORKER_CONCURRENCY: 8,
    });
    expect(values.sort()).toEqual(
      ['admin-password-1', 'local-model-key', 'p%40ss-word', 'p@ss-word', 'redis-pass'].sort(),
    );
  });

  it('takes the password of every URL in a list, as the environment writes it and as parsed', () => {
    const raw = 'redis://:cluster-pass-a@node-a:6379, rediss://user:cluster-pass-b@node-b:6380';
    const expected = ['cluster-pass-a', 'cluster-pass-b'];
    expect(secretValuesOf({ REDIS_CLUSTER_NODES: raw }).sort()).toEqual(expected);
    expect(secretValuesOf({ REDIS_CLUSTER_NODES: raw.split(',') }).sort()).toEqual(expected);
  });

  it('skips values too short to mask safely', () => {
    expect(secretValuesOf({ SOME_TOKEN: 'abc' })).toEqual([]);
  });
});
