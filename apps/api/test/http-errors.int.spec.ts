import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBrief } from './support/fixtures.js';
import { ADMIN, rawLogin, startTestApp, type RawSession, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

describe('HTTP edge: validation, problem details, pagination', () => {
  let db: TestDatabase;
  let app: TestApp;
  let session: RawSession;

  beforeAll(async () => {
    db = await createTestDatabase('http');
    app = await startTestApp({ DATABASE_URL: db.url });
    session = await rawLogin(app.url, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const post = (path: string, body: string, contentType = 'application/json') =>
    fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': contentType, cookie: session.cookie, 'x-csrf-token': session.csrfToken },
      body,
    });
  const get = (path: string) => fetch(`${app.url}${path}`, { headers: { cookie: session.cookie } });

  async function expectProblem(response: Response, status: number) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as {
      status: number;
      title: string;
      detail: string;
      errors?: { path: string; message: string }[];
    };
    expect(problem.status).toBe(status);
    expect(problem.detail.length).toBeGreaterThan(10);
    return problem;
  }

  it('stores SQL-looking, right-to-left, emoji and CJK text verbatim', async () => {
    const hostile = [
      "Robert'); DROP TABLE briefs; --",
      "' OR '1'='1",
      'مرحبا بالعالم \u202Eevil\u202C',
      '👩🏽‍💻 launch 🚀 极光',
      '$1 \\x00 %s {{title}} ${process}',
    ];
    const created = await app.client.briefs.create({
      ...copyBrief('en'),
      title: hostile[0]!,
      audience: hostile.slice(1).join(' | '),
    });
    const stored = await app.client.briefs.get(created.id);
    expect(stored.title).toBe(hostile[0]);
    expect(stored.audience).toBe(hostile.slice(1).join(' | '));
    // The table the title names is still there.
    expect((await app.client.briefs.list()).items.some((b) => b.id === created.id)).toBe(true);
  });

  it('rejects an invalid brief with the failing fields', async () => {
    const invalid = { ...copyBrief('en'), language: 'fr', fields: { productName: '', sellingPoints: [] } };
    const problem = await expectProblem(await post('/v1/briefs', JSON.stringify(invalid)), 400);
    const paths = problem.errors?.map((e) => e.path) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['language', 'fields.productName', 'fields.sellingPoints']));
  });

  it('rejects an unknown content type naming the allowed ones', async () => {
    const problem = await expectProblem(
      await post('/v1/briefs', JSON.stringify({ ...copyBrief('en'), contentType: 'poem' })),
      400,
    );
    expect(problem.errors?.[0]?.path).toBe('contentType');
  });

  it('answers malformed JSON and a wrong content type with a problem, not a 500', async () => {
    await expectProblem(await post('/v1/briefs', '{"contentType": '), 400);
    await expectProblem(await post('/v1/briefs', '<brief/>', 'application/xml'), 415);
  });

  it('sends secure headers on API answers and errors alike', async () => {
    for (const path of ['/healthz', '/v1/briefs/not-a-uuid', '/v1/openapi.json']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(response.headers.get('content-security-policy'), path).toContain("script-src 'self'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it('answers an oversized body with 413', async () => {
    await expectProblem(
      await post('/v1/briefs', JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) })),
      413,
    );
  });

  it('answers unknown ids with 404 and malformed ids with 400', async () => {
    await expectProblem(await get(`/v1/briefs/${randomUUID()}`), 404);
    await expectProblem(await get(`/v1/jobs/${randomUUID()}`), 404);
    await expectProblem(await get(`/v1/jobs/not-a-uuid`), 400);
    await expectProblem(await get(`/v1/nothing-here`), 404);
  });

  it('rejects jobs for unknown briefs, providers and models, and out-of-range variants', async () => {
    const brief = await app.client.briefs.create(copyBrief('en'));
    await expectProblem(await post('/v1/jobs', JSON.stringify({ briefId: randomUUID() })), 404);
    const provider = await expectProblem(
      await post('/v1/jobs', JSON.stringify({ briefId: brief.id, provider: 'nope' })),
      400,
    );
    expect(provider.detail).toContain('template');
    await expectProblem(await post('/v1/jobs', JSON.stringify({ briefId: brief.id, model: 'gpt-99' })), 400);
    const variants = await expectProblem(
      await post('/v1/jobs', JSON.stringify({ briefId: brief.id, variants: 9 })),
      400,
    );
    expect(variants.errors?.[0]?.path).toBe('variants');
  });

  it('pages through jobs with a stable cursor and filters by brief and state', async () => {
    const brief = await app.client.briefs.create(copyBrief('en'));
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await app.client.jobs.create({ briefId: brief.id }));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await app.client.jobs.list({ briefId: brief.id, limit: 2, cursor });
      seen.push(...page.items.map((j) => j.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(created.map((j) => j.id).reverse());
    const bogus = await get(`/v1/jobs?cursor=bm9wZQ`);
    await expectProblem(bogus, 400);
    const other = await app.client.jobs.list({ briefId: randomUUID() });
    expect(other.items).toEqual([]);
  });

  it('lists providers with the rule-based template engine as the default when no key is configured', async () => {
    const items = await app.client.providers.list();
    const template = items.find((p) => p.name === 'template');
    expect(template).toMatchObject({ kind: 'template', ruleBased: true, isDefault: true });
    expect(items.some((p) => p.name === 'openai')).toBe(false);
  });
});
