import {
  type Brief,
  type JobEvent,
  type Problem,
  type PromptTemplate,
  type PromptTemplatePage,
  type TemplatePreview,
} from '@draftbench/contracts';
import { type GenerateRequest, type LlmProvider } from '@draftbench/llm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderJobPrompt } from '../src/templates/job-prompt.js';
import { PromptTemplatesRepository } from '../src/templates/templates.repository.js';
import { copyBrief } from './support/fixtures.js';
import { ADMIN, rawLogin, startTestApp, type RawSession, type TestApp } from './support/test-app.js';
import { createTestDatabase, uniquePrefix, type TestDatabase } from './support/test-database.js';

interface Answer<T> {
  status: number;
  body: T;
}

/** A signed-in caller speaking raw HTTP (the typed client has no templates API yet). */
function caller(url: string, session: RawSession) {
  return async <T = unknown>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Answer<T>> => {
    const response = await fetch(url + path, {
      method,
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
}
type Caller = ReturnType<typeof caller>;

async function signIn(app: TestApp, roles: string[]): Promise<Caller> {
  const email = `${roles.join('-')}-${Math.random().toString(36).slice(2, 8)}@templates.test`;
  const password = 'password-for-tests';
  await app.client.users.create({ email, displayName: roles.join(' '), password, roles: roles as never });
  return caller(app.url, await rawLogin(app.url, email, password));
}

async function finish(app: TestApp, jobId: string) {
  let last: JobEvent | undefined;
  for await (const event of app.client.jobs.stream(jobId)) last = event;
  if (last?.type !== 'result') throw new Error('stream ended without a result');
  return last.job;
}

/** Records the prompts the template provider is asked to generate from (it ignores them itself). */
function capturePrompts(app: TestApp): GenerateRequest['prompt'][] {
  const provider = app.running.infra.providers.get('template') as LlmProvider;
  const prompts: GenerateRequest['prompt'][] = [];
  const original = provider.generate.bind(provider);
  vi.spyOn(provider, 'generate').mockImplementation((request) => {
    prompts.push(request.prompt);
    return original(request);
  });
  return prompts;
}

const MARKER = 'V2 MARKER: open with a question.';
const aidaV2 = {
  key: 'marketing_copy.aida',
  contentType: 'marketing_copy',
  framework: 'AIDA',
  language: 'en',
  system: `You write copy. ${MARKER} About {{ target_length }} {{ length_unit }}, in {{ language_name }}.`,
  user: 'The brief:\n\n{{ brief_data }}',
  description: 'A shorter AIDA prompt',
};

describe('prompt templates', () => {
  let db: TestDatabase;
  let app: TestApp;
  let env: Record<string, string | undefined>;
  let admin: Caller;
  let lead: Caller;
  let brief: Brief;
  const ownQueue = () => {
    const prefix = uniquePrefix('tpl');
    return { ...env, QUEUE_PREFIX: prefix, PG_QUEUE_SCHEMA: prefix.replace(/-/g, '_') };
  };

  beforeAll(async () => {
    db = await createTestDatabase('templates');
    env = { DATABASE_URL: db.url, REDIS_URL: undefined };
    env = ownQueue();
    app = await startTestApp(env);
    admin = caller(app.url, await rawLogin(app.url, ADMIN.email, ADMIN.password));
    lead = await signIn(app, ['lead']);
    brief = await app.client.briefs.create(copyBrief('en', 60));
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await app?.close();
    await db?.drop();
  });

  it('seeds the 12 shipped versions, each labelled production', async () => {
    const { status, body } = await lead<PromptTemplatePage>('GET', '/v1/templates?limit=100');
    expect(status).toBe(200);
    expect(body.items).toHaveLength(12);
    for (const t of body.items) {
      expect(t.version).toBe(1);
      expect(t.labels).toEqual(['production']);
    }
    const filtered = await lead<PromptTemplatePage>(
      'GET',
      '/v1/templates?contentType=marketing_copy&language=en',
    );
    expect(filtered.body.items.map((t) => t.key).sort()).toEqual([
      'marketing_copy.aida',
      'marketing_copy.fab',
      'marketing_copy.pas',
    ]);
    const one = await lead<PromptTemplate>('GET', `/v1/templates/${filtered.body.items[0]!.id}`);
    expect(one.body).toEqual(filtered.body.items[0]);
  });

  it('seeds safely when several processes start together on a fresh database', async () => {
    const fresh = await createTestDatabase('templates_fresh');
    const base = { DATABASE_URL: fresh.url, REDIS_URL: undefined };
    const queue = () => {
      const prefix = uniquePrefix('tpl');
      return { ...base, QUEUE_PREFIX: prefix, PG_QUEUE_SCHEMA: prefix.replace(/-/g, '_') };
    };
    const apps = await Promise.all([startTestApp(queue()), startTestApp(queue())]);
    try {
      const again = await startTestApp(queue()); // a restart seeds nothing new
      await again.close();
      const repo = apps[0]!.running.app.get(PromptTemplatesRepository);
      const rows = await repo.list({});
      expect(rows).toHaveLength(12);
      expect(rows.every((r) => r.labels.join() === 'production')).toBe(true);
    } finally {
      await Promise.all(apps.map((a) => a.close()));
      await fresh.drop();
    }
  });

  it('refuses a version with an unknown variable, naming it, on the field it is in', async () => {
    const { status, body } = await lead<Problem>('POST', '/v1/templates', {
      ...aidaV2,
      system: `${aidaV2.system} Mention {{ product_slogan }}.`,
    });
    expect(status).toBe(400);
    expect(body.detail).toContain('product_slogan');
    expect(body.errors).toEqual([
      { path: 'system', message: expect.stringContaining('"product_slogan" is not a variable') },
    ]);
    const noData = await lead<Problem>('POST', '/v1/templates', { ...aidaV2, user: 'No data here.' });
    expect(noData.status).toBe(400);
    expect(noData.body.errors?.map((e) => e.path)).toEqual(['user']);
  });

  it('refuses a key of another content type or framework', async () => {
    const wrongType = await lead<Problem>('POST', '/v1/templates', { ...aidaV2, contentType: 'news_draft' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.detail).toContain('marketing_copy.aida');
    const wrongFramework = await lead<Problem>('POST', '/v1/templates', { ...aidaV2, framework: 'PAS' });
    expect(wrongFramework.status).toBe(409);
    expect(wrongFramework.body.detail).toContain('"AIDA"');
  });

  let v2: PromptTemplate;

  it('creates the next version of a key, unlabelled', async () => {
    const { status, body } = await lead<PromptTemplate>('POST', '/v1/templates', aidaV2);
    expect(status).toBe(201);
    expect(body).toMatchObject({ key: 'marketing_copy.aida', language: 'en', version: 2, labels: [] });
    v2 = body;
    // The zh versions are numbered on their own.
    const zh = await lead<PromptTemplatePage>('GET', '/v1/templates?key=marketing_copy.aida&language=zh');
    expect(zh.body.items.map((t) => t.version)).toEqual([1]);
  });

  it('moves a label only to an existing version', async () => {
    const missing = await lead<Problem>('POST', '/v1/templates/labels', {
      key: 'marketing_copy.aida',
      language: 'en',
      label: 'staging',
      version: 9,
    });
    expect(missing.status).toBe(404);
    const moved = await lead<PromptTemplate>('POST', '/v1/templates/labels', {
      key: 'marketing_copy.aida',
      language: 'en',
      label: 'staging',
      version: 2,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: v2.id, labels: ['staging'] });
  });

  it('runs a job on the staging version: the job records @2 and the worker renders version 2', async () => {
    const prompts = capturePrompts(app);
    const job = await app.client.jobs.create({
      briefId: brief.id,
      provider: 'template',
      template: { label: 'staging' },
    });
    expect(job.promptTemplate).toBe('marketing_copy.aida.en@2');
    const done = await finish(app, job.id);
    expect(done.state).toBe('succeeded');
    expect(done.drafts).toHaveLength(1);
    expect(prompts.at(-1)?.templateId).toBe('marketing_copy.aida.en@2');
    expect(prompts.at(-1)?.system).toContain(MARKER);

    const fixed = await app.client.jobs.create({ briefId: brief.id, template: { version: 1 } });
    expect(fixed.promptTemplate).toBe('marketing_copy.aida.en@1');
    const byDefault = await app.client.jobs.create({ briefId: brief.id });
    expect(byDefault.promptTemplate).toBe('marketing_copy.aida.en@1');
    await Promise.all([finish(app, fixed.id), finish(app, byDefault.id)]);
  });

  it('refuses a job whose template choice cannot be resolved, with clear problems', async () => {
    const cases: [unknown, string, string][] = [
      [{ key: 'marketing_copy.nope' }, 'template.key', 'marketing_copy.nope'],
      [{ key: 'news_draft.inverted_pyramid_wire' }, 'template.key', 'is for news_draft'],
      [{ version: 7 }, 'template.version', 'no version 7'],
      [{ key: 'marketing_copy.pas', label: 'staging' }, 'template.label', 'staging label'],
    ];
    for (const [template, path, detail] of cases) {
      const { status, body } = await admin<Problem>('POST', '/v1/jobs', { briefId: brief.id, template });
      expect(status, JSON.stringify(template)).toBe(400);
      expect(body.detail).toContain(detail);
      expect(body.errors?.[0]?.path).toBe(path);
    }
  });

  it('keeps a queued job on the version it recorded when production moves before the worker runs it', async () => {
    const queue = ownQueue();
    const api = await startTestApp({ ...queue, APP_ROLES: 'api' });
    let worker: TestApp | undefined;
    try {
      const job = await api.client.jobs.create({ briefId: brief.id });
      expect(job.promptTemplate).toBe('marketing_copy.aida.en@1');
      const moved = await lead('POST', '/v1/templates/labels', {
        key: 'marketing_copy.aida',
        language: 'en',
        label: 'production',
        version: 2,
      });
      expect(moved.status).toBe(200);
      expect((await api.client.jobs.get(job.id)).promptTemplate).toBe('marketing_copy.aida.en@1');

      worker = await startTestApp({ ...queue, APP_ROLES: 'worker' });
      const prompts = capturePrompts(worker);
      const done = await finish(api, job.id);
      expect(done).toMatchObject({ state: 'succeeded', promptTemplate: 'marketing_copy.aida.en@1' });
      expect(prompts.map((p) => p.templateId)).toEqual(['marketing_copy.aida.en@1']);
      expect(prompts[0]?.system).not.toContain(MARKER);

      // New jobs now take production = v2.
      const next = await api.client.jobs.create({ briefId: brief.id });
      expect(next.promptTemplate).toBe('marketing_copy.aida.en@2');
      await finish(api, next.id);
      expect(prompts.at(-1)?.system).toContain(MARKER);
    } finally {
      await worker?.close();
      await api.close();
    }
  });

  it('does not reset a moved label on restart', async () => {
    const again = await startTestApp(ownQueue());
    await again.close();
    const { body } = await lead<PromptTemplatePage>(
      'GET',
      '/v1/templates?key=marketing_copy.aida&language=en',
    );
    expect(body.items.map((t) => [t.version, t.labels])).toEqual([
      [2, ['production', 'staging']],
      [1, []],
    ]);
    const all = await lead<PromptTemplatePage>('GET', '/v1/templates?limit=100');
    expect(all.body.items).toHaveLength(13);
  });

  it('previews a version for a brief, with the brief data in the delimited block', async () => {
    const { status, body } = await lead<TemplatePreview>('POST', '/v1/templates/preview', {
      briefId: brief.id,
      templateId: v2.id,
    });
    expect(status).toBe(200);
    expect(body.templateId).toBe('marketing_copy.aida.en@2');
    expect(body.system).toContain(MARKER);
    expect(body.system).toContain('About 60 words, in English.');
    const block = /<brief>\n([\s\S]*)\n<\/brief>$/.exec(body.user);
    expect(block).not.toBeNull();
    const data = JSON.parse(block![1]!) as { title: string; fields: { productName: string } };
    expect(data.title).toBe(brief.title);
    expect(data.fields.productName).toBe('Aurora kettle');

    // The worker renders a job's recorded id exactly as the preview of that version does.
    const repo = app.running.app.get(PromptTemplatesRepository);
    expect(await renderJobPrompt(repo, 'marketing_copy.aida.en@2', brief)).toEqual(body);
    const old = await renderJobPrompt(repo, 'builtin/marketing_copy@1', brief);
    expect(old.templateId).toBe('marketing_copy.aida.en@1');

    const byDefault = await lead<TemplatePreview>('POST', '/v1/templates/preview', { briefId: brief.id });
    expect(byDefault.body.templateId).toBe('marketing_copy.aida.en@2'); // production, moved above

    const inline = await lead<TemplatePreview>('POST', '/v1/templates/preview', {
      briefId: brief.id,
      system: 'Write {{ target_length }} {{ length_unit }}.',
      user: '{{ brief_data }}',
    });
    expect(inline.body).toMatchObject({ templateId: 'inline', system: 'Write 60 words.' });
    const badInline = await lead<Problem>('POST', '/v1/templates/preview', {
      briefId: brief.id,
      system: '{{ tone }}',
      user: '{{ brief_data }}',
    });
    expect(badInline.status).toBe(400);
    expect(badInline.body.errors?.[0]).toMatchObject({ path: 'system' });
  });

  it('refuses to preview a template of another language or content type', async () => {
    const list = await lead<PromptTemplatePage>('GET', '/v1/templates?limit=100');
    const zh = list.body.items.find((t) => t.key === 'marketing_copy.aida' && t.language === 'zh')!;
    const news = list.body.items.find(
      (t) => t.key === 'news_draft.inverted_pyramid_wire' && t.language === 'en',
    )!;
    const lang = await lead<Problem>('POST', '/v1/templates/preview', {
      briefId: brief.id,
      templateId: zh.id,
    });
    expect(lang.status).toBe(400);
    expect(lang.body.detail).toContain('written in zh, but the brief is in en');
    const type = await lead<Problem>('POST', '/v1/templates/preview', {
      briefId: brief.id,
      templateId: news.id,
    });
    expect(type.status).toBe(400);
    expect(type.body.detail).toContain('is for news_draft, but the brief is marketing_copy');
  });

  it('lets editors read and preview, leads write, and keeps raters out', async () => {
    const editor = await signIn(app, ['editor']);
    const rater = await signIn(app, ['rater']);
    expect((await editor('GET', '/v1/templates?limit=100')).status).toBe(200);
    expect((await editor('POST', '/v1/templates/preview', { briefId: brief.id })).status).toBe(200);
    expect((await editor('POST', '/v1/templates', aidaV2)).status).toBe(403);
    expect((await rater('GET', '/v1/templates?limit=100')).status).toBe(403);
    expect((await rater('GET', `/v1/templates/${v2.id}`)).status).toBe(403);
    expect((await rater('POST', '/v1/templates/preview', { briefId: brief.id })).status).toBe(403);
  });
});
