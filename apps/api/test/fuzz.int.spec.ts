import { OPERATIONS, PROBLEM_CONTENT_TYPE, Problem, type Operation } from '@draftbench/contracts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, rawLogin, startTestApp, type RawSession, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

// Hostile text: control characters, unpaired surrogates, emoji, right-to-left marks, SQL-looking strings.
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom('\u0000', '\u001b', '\ud800', '\udfff', '🙂', '\u202e', 'ع', '中', "'"),
    maxLength: 20,
  }),
  fc.constantFrom("'; DROP TABLE briefs; --", '{"$ne":null}', '../../etc/passwd', '%00', 'NaN', '1e309'),
);
const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(hostileString, fc.constantFrom('briefId', 'fields', 'outcome', '__proto__')),
      tie('value'),
      {
        maxKeys: 5,
      },
    ),
  ),
})).value;
// Bodies no JSON parser should take, and ones that are valid JSON but absurd.
const rawBody = fc.oneof(
  hostileJson.map((v) => JSON.stringify(v) ?? 'null'),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('{', '{"a":', '[1,2', '\ufeff{}', 'null', '"', '{"a":1}{"b":2}'),
  fc.integer({ min: 1000, max: 5000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc
    .integer({ min: 200, max: 2000 })
    .map((n) => JSON.stringify({ list: Array.from({ length: n }, (_, i) => `x${i}`) })),
);
const pathId = fc.oneof(
  fc.uuid(),
  hostileString.filter((s) => s.length > 0),
);
const query = fc.dictionary(
  fc.oneof(fc.constantFrom('limit', 'cursor', 'contentType', 'from', 'competitor'), hostileString),
  hostileString,
  {
    maxKeys: 4,
  },
);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// Signing out would end the session the rest of the run uses.
const SKIPPED = new Set(['logout']);

describe('fuzzing every operation with hostile input', () => {
  let db: TestDatabase;
  let app: TestApp;
  let session: RawSession;

  beforeAll(async () => {
    db = await createTestDatabase('fuzz');
    app = await startTestApp({ DATABASE_URL: db.url });
    session = await rawLogin(app.url, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const operations = (Object.entries(OPERATIONS) as [string, Operation][]).filter(([id]) => !SKIPPED.has(id));

  it.each(operations)('%s never answers 5xx, and every error is problem+json', async (_id, operation) => {
    const withBody = operation.method !== 'GET';
    await fc.assert(
      fc.asyncProperty(pathId, query, rawBody, async (id, params, body) => {
        // A URL cannot carry an unpaired surrogate; the body and the query (as U+FFFD) still do.
        const path = operation.path.replace(/:(\w+)/g, () =>
          encodeURIComponent(id.replace(LONE_SURROGATE, '\ufffd')),
        );
        const search = new URLSearchParams(params).toString();
        const response = await fetch(`${app.url}${path}${search ? `?${search}` : ''}`, {
          method: operation.method,
          headers: {
            cookie: session.cookie,
            'x-csrf-token': session.csrfToken,
            ...(withBody && { 'content-type': 'application/json' }),
          },
          body: withBody ? body : undefined,
        });
        const text = await response.text();
        expect(response.status, `${operation.method} ${path} → ${text.slice(0, 300)}`).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
          expect(Problem.safeParse(JSON.parse(text)).success).toBe(true);
        }
      }),
      { numRuns: 25, seed: 20_261_128 },
    );
  });
});
