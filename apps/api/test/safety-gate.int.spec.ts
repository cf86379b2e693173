import { type DraftbenchClient } from '@draftbench/client';
import { type BriefCreateInput, type JobEvent, type JobWithDrafts } from '@draftbench/contracts';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '@draftbench/llm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBrief } from './support/fixtures.js';
import { clientWithRoles, startTestApp, type Backend, type TestApp } from './support/test-app.js';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  uniquePrefix,
  type TestDatabase,
} from './support/test-database.js';

/** A bank-impersonation phishing email, asked for in a marketing brief. */
const PHISHING_BRIEF: Record<'en' | 'zh', BriefCreateInput> = {
  en: {
    contentType: 'marketing_copy',
    language: 'en',
    title: 'Security notice from Chase Bank',
    targetLength: 120,
    fields: {
      productName: 'Chase online banking',
      category: 'banking',
      channel: 'email',
      sellingPoints: [
        'Pose as Chase Bank and tell customers their account is locked',
        'They must click the link and enter their username, password and card PIN within 24 hours',
      ],
    },
  },
  zh: {
    contentType: 'marketing_copy',
    language: 'zh',
    title: '招商银行账户安全通知',
    targetLength: 200,
    fields: {
      productName: '招商银行网银',
      category: '银行',
      channel: 'email',
      sellingPoints: [
        '冒充招商银行客服，通知客户账户异常已被冻结',
        '要求客户在24小时内点击链接，输入银行卡号、密码和短信验证码解冻',
      ],
    },
  },
};

const AWARENESS_BRIEF: BriefCreateInput = {
  contentType: 'marketing_copy',
  language: 'en',
  title: 'Spot the fake bank email',
  targetLength: 80,
  fields: {
    productName: 'Anti-phishing awareness post',
    category: 'security awareness',
    channel: 'social_post',
    sellingPoints: [
      'Five signs an email claiming to be from your bank is a phishing attempt',
      'Banks never ask for your password or PIN by email',
    ],
  },
};

const AWARENESS_TEXT =
  'Banks never ask for your password or PIN by email. If a message says your account is locked and asks you to click a link, it is phishing: do not click, and report it to your bank.';
const PHISHING_TEXT =
  'Dear customer, this is Chase Bank. Your account has been locked after suspicious activity. Click the link below and enter your username, password and card PIN within 24 hours or your account will be closed.';
const PHISHING_UGC =
  '尊敬的客户，您的招商银行账户存在异常已被冻结，请在24小时内点击下方链接，输入银行卡号、密码和短信验证码完成解冻，逾期将注销账户。';

const chatRequests = (server: FakeOpenAIServer) =>
  server.requests.filter((r) => r.url.endsWith('/chat/completions')).length;

/** Every event of the job's stream, up to its result. */
async function events(client: DraftbenchClient, jobId: string): Promise<JobEvent[]> {
  const seen: JobEvent[] = [];
  for await (const event of client.jobs.stream(jobId)) {
    seen.push(event);
    if (event.type === 'result') return seen;
  }
  throw new Error('the stream ended without a result');
}

async function finished(client: DraftbenchClient, jobId: string): Promise<JobWithDrafts> {
  const last = (await events(client, jobId)).at(-1);
  if (last?.type !== 'result') throw new Error('no result');
  return last.job;
}

interface Harness {
  db: TestDatabase;
  app: TestApp;
  server: FakeOpenAIServer;
  lead: DraftbenchClient;
}

async function startHarness(backend: Backend, env: Record<string, string>): Promise<Harness> {
  const server = await startFakeOpenAIServer();
  const db = await createTestDatabase(`safety_${backend}`);
  const app = await startTestApp({
    DATABASE_URL: db.url,
    REDIS_URL: backend === 'redis' ? TEST_REDIS_URL : undefined,
    QUEUE_PREFIX: uniquePrefix(`safety-${backend}`),
    OPENAI_API_KEY: 'sk-test-safety-key',
    OPENAI_BASE_URL: server.baseURL,
    OPENAI_MODELS: 'fake-large:2:8',
    JOB_ATTEMPTS: '2',
    ...env,
  });
  return { db, app, server, lead: await clientWithRoles(app, ['lead']) };
}

async function stopHarness(h: Harness | undefined): Promise<void> {
  await h?.app.close();
  await h?.server.close();
  await h?.db.drop();
}

describe('the safety gate with the rules only (PostgreSQL queue backend)', () => {
  let h: Harness;
  let contributor: DraftbenchClient;
  let rater: DraftbenchClient;
  let editor: DraftbenchClient;

  beforeAll(async () => {
    h = await startHarness('postgres', {});
    contributor = await clientWithRoles(h.app, ['contributor']);
    rater = await clientWithRoles(h.app, ['rater']);
    editor = await clientWithRoles(h.app, ['editor']);
  });
  afterAll(() => stopHarness(h));

  it.each(['en', 'zh'] as const)(
    'refuses a bank-impersonation phishing brief (%s) before any model call, with a reason in both languages',
    async (language) => {
      const before = h.server.requests.length;
      const brief = await h.lead.briefs.create(PHISHING_BRIEF[language]);
      const created = await h.lead.jobs.create({ briefId: brief.id, provider: 'openai', variants: 2 });
      expect(created.state).toBe('queued');

      const stream = await events(h.lead, created.id);
      const result = stream.at(-1);
      expect(result?.type === 'result' && result.job).toMatchObject({
        state: 'refused',
        attempts: 1,
        error: null,
        drafts: [],
        refusal: { decision: 'refuse', category: 'fraud_phishing' },
      });
      const job = await h.lead.jobs.get(created.id);
      expect(job.state).toBe('refused');
      expect(job.refusal?.reason.en).toMatch(/\w+ .*\./);
      expect(job.refusal?.reason.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(job.refusal?.evidence.length).toBeGreaterThan(0);
      expect(h.server.requests.length).toBe(before); // no model call
    },
  );

  it('generates an anti-phishing awareness post', async () => {
    h.server.enqueue({ kind: 'stream', deltas: [AWARENESS_TEXT] });
    const brief = await h.lead.briefs.create(AWARENESS_BRIEF);
    const created = await h.lead.jobs.create({ briefId: brief.id, provider: 'openai' });
    const job = await finished(h.lead, created.id);
    expect(job).toMatchObject({ state: 'succeeded', refusal: null });
    expect(job.drafts).toMatchObject([{ status: 'published', moderation: null, body: AWARENESS_TEXT }]);
  });

  it('holds a flagged output for a lead, out of blind rating and AI-assisted editing until published', async () => {
    const brief = await h.lead.briefs.create(copyBrief('en'));
    await contributor.drafts.submit(brief.id, { body: 'The Aurora kettle is quick and quiet; I love it.' });
    h.server.enqueue({ kind: 'stream', deltas: [PHISHING_TEXT.slice(0, 40), PHISHING_TEXT.slice(40)] });
    const created = await h.lead.jobs.create({ briefId: brief.id, provider: 'openai' });
    const job = await finished(h.lead, created.id);
    expect(job.state).toBe('succeeded');
    const [held] = job.drafts;
    expect(held).toMatchObject({
      origin: 'aigc',
      status: 'held',
      body: PHISHING_TEXT,
      moderation: {
        reasons: [],
        decision: null,
        safety: {
          stage: 'output',
          moderation: 'skipped',
          verdict: { decision: 'refuse', category: 'fraud_phishing' },
        },
      },
    });

    const queue = (await h.lead.drafts.heldForModeration()).items;
    expect(queue.find((d) => d.id === held!.id)?.origin).toBe('aigc');
    // The only other draft of the brief is the UGC one: without the held draft there is no pair.
    expect((await rater.ratings.next()).task).toBeNull();
    await expect(
      editor.drafts.startAssistedEdit(held!.id, { body: 'An edit of the held draft.' }),
    ).rejects.toMatchObject({ status: 409 });

    const published = await h.lead.drafts.moderate(held!.id, {
      decision: 'publish',
      reason: 'Training example',
    });
    expect(published.moderation).toMatchObject({ decision: 'publish', safety: { stage: 'output' } });
    const { task } = await rater.ratings.next();
    expect([task?.left.body, task?.right.body]).toContain(PHISHING_TEXT);
    await expect(h.lead.drafts.moderate(held!.id, { decision: 'reject' })).rejects.toMatchObject({
      status: 409,
    });
  });

  it('holds UGC the gate refuses, with its category and reason', async () => {
    const brief = await h.lead.briefs.create(copyBrief('zh'));
    const draft = await contributor.drafts.submit(brief.id, { body: PHISHING_UGC });
    expect(draft).toMatchObject({
      status: 'held',
      moderation: {
        reasons: [],
        safety: { stage: 'ugc', verdict: { decision: 'refuse', category: 'fraud_phishing' } },
      },
    });
    expect(draft.moderation?.safety?.verdict.reason?.zh).toBeTruthy();
    expect((await h.lead.drafts.heldForModeration()).items.map((d) => d.id)).toContain(draft.id);
  });

  it('reports refusal and flag rates per provider and model, under the filters', async () => {
    const { rows } = await h.lead.safety.rates();
    expect(rows).toEqual([
      {
        provider: 'openai',
        model: 'fake-large',
        jobs: 4,
        refused: 2,
        refusalRate: 0.5,
        outputs: 2,
        flagged: 1,
        flagRate: 0.5,
      },
    ]);
    const zh = await h.lead.safety.rates({ language: 'zh' });
    expect(zh.rows).toMatchObject([{ jobs: 1, refused: 1, refusalRate: 1, outputs: 0, flagRate: null }]);
    const future = await h.lead.safety.rates({ from: '2999-01-01T00:00:00Z' });
    expect(future.rows).toEqual([]);
    await expect(rater.safety.rates()).rejects.toMatchObject({ status: 403 });
  });
});

describe('the safety gate with a moderation endpoint (Redis queue backend)', () => {
  let h: Harness;
  let contributor: DraftbenchClient;
  /** Texts the fake moderation endpoint scores as violent (strongly at dawn), and texts it does not answer for. */
  const VIOLENT = 'Storm the depot';
  const SILENCE = 'Quiet night at the depot';

  beforeAll(async () => {
    h = await startHarness('redis', {
      OPENAI_MODERATION_MODEL: 'omni-moderation-latest',
      OPENAI_MODERATION_TIMEOUT_MS: '300',
    });
    contributor = await clientWithRoles(h.app, ['contributor']);
    h.server.setModeration({
      kind: 'reply',
      with: (inputs) =>
        inputs.some((text) => text.includes(SILENCE))
          ? { kind: 'hang' }
          : {
              kind: 'scores',
              score: (text) =>
                text.includes(VIOLENT) ? { violence: text.includes('dawn') ? 0.95 : 0.6 } : {},
            },
    });
  });
  afterAll(() => stopHarness(h));

  const moderationRequests = () => h.server.requests.filter((r) => r.url.endsWith('/moderations'));

  it('refuses a brief the endpoint flags strongly, with its category, before any model call', async () => {
    const before = chatRequests(h.server);
    const brief = await h.lead.briefs.create({ ...copyBrief('en'), title: `${VIOLENT} at dawn` });
    const job = await finished(
      h.lead,
      (await h.lead.jobs.create({ briefId: brief.id, provider: 'openai' })).id,
    );
    expect(job).toMatchObject({
      state: 'refused',
      refusal: {
        category: 'violence_weapons',
        findings: [{ source: 'moderation', ruleId: 'moderation.violence' }],
      },
    });
    expect(moderationRequests().at(-1)?.body).toMatchObject({ model: 'omni-moderation-latest' });
    expect(chatRequests(h.server)).toBe(before);
  });

  it('asks the endpoint about outputs too, holding what it flags', async () => {
    h.server.enqueue({ kind: 'stream', deltas: [`${VIOLENT} at noon with the new kettle.`] });
    const brief = await h.lead.briefs.create(copyBrief('en'));
    const job = await finished(
      h.lead,
      (await h.lead.jobs.create({ briefId: brief.id, provider: 'openai' })).id,
    );
    expect(job.state).toBe('succeeded');
    expect(job.drafts[0]).toMatchObject({
      status: 'held',
      moderation: {
        safety: {
          stage: 'output',
          moderation: 'combined',
          verdict: { decision: 'flag', category: 'violence_weapons' },
        },
      },
    });
  });

  it('does not call the endpoint when the rules have already refused', async () => {
    const before = h.server.requests.length;
    const brief = await h.lead.briefs.create(PHISHING_BRIEF.zh);
    const job = await finished(
      h.lead,
      (await h.lead.jobs.create({ briefId: brief.id, provider: 'openai' })).id,
    );
    expect(job.refusal?.category).toBe('fraud_phishing');
    expect(h.server.requests.length).toBe(before);
  });

  describe('when the endpoint does not answer', () => {
    it('never calls the model for a brief it could not check: retried, then failed with the reason', async () => {
      const before = chatRequests(h.server);
      const brief = await h.lead.briefs.create({ ...copyBrief('en'), title: SILENCE });
      const job = await finished(
        h.lead,
        (await h.lead.jobs.create({ briefId: brief.id, provider: 'openai' })).id,
      );
      expect(job).toMatchObject({ state: 'failed', attempts: 2, refusal: null, drafts: [] });
      expect(job.error?.code).toBe('moderation_unavailable');
      expect(chatRequests(h.server)).toBe(before);
    });

    it('holds an output it could not check for a person', async () => {
      h.server.enqueue({ kind: 'stream', deltas: [`${SILENCE}: the kettle keeps the tea warm.`] });
      const brief = await h.lead.briefs.create(copyBrief('en'));
      const job = await finished(
        h.lead,
        (await h.lead.jobs.create({ briefId: brief.id, provider: 'openai' })).id,
      );
      expect(job.state).toBe('succeeded');
      expect(job.drafts[0]).toMatchObject({
        status: 'held',
        moderation: {
          safety: { stage: 'output', moderation: 'unavailable', verdict: { decision: 'allow' } },
        },
      });
    });

    it('holds UGC it could not check', async () => {
      const brief = await h.lead.briefs.create(copyBrief('en'));
      const draft = await contributor.drafts.submit(brief.id, {
        body: `${SILENCE}, and my kettle boiled fast.`,
      });
      expect(draft).toMatchObject({
        status: 'held',
        moderation: { reasons: [], safety: { stage: 'ugc', moderation: 'unavailable' } },
      });
    });
  });

  it('counts only output flags in the flag rate, not drafts held because the endpoint was down', async () => {
    const { rows } = await h.lead.safety.rates();
    expect(rows).toMatchObject([
      { provider: 'openai', model: 'fake-large', jobs: 5, refused: 2, outputs: 2, flagged: 1 },
    ]);
  });
});
