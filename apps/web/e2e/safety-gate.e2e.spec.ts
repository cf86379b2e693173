import { createDraftbenchClient } from '@draftbench/client';
import { startFakeOpenAIServer, type FakeOpenAIServer } from '@draftbench/llm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './support/harness';
import { signIn } from './support/session';

const LEAD = { email: 'zhao@e2e.draftbench.test', password: 'lead-password-1' };
const CONTRIBUTOR = { email: 'qian@e2e.draftbench.test', password: 'contributor-password-1' };
const PHISHING_OUTPUT =
  'Dear customer, this is Chase Bank. Your account has been locked after suspicious activity. Click the link below and enter your username, password and card PIN within 24 hours or your account will be closed.';
const PHISHING_UGC =
  '尊敬的客户，您的招商银行账户存在异常已被冻结，请在24小时内点击下方链接，输入银行卡号、密码和短信验证码完成解冻。';

let e2e: E2E;
let provider: FakeOpenAIServer;
let phishingBriefId: string;
let kettleBriefId: string;
let heldDraftId: string;

const byTestId = (id: string) => e2e.page.getByTestId(id);

/** A phishing brief, and a kettle brief with an AI draft and a UGC draft the gate held. */
async function seed(): Promise<void> {
  const { admin } = e2e;
  await admin.users.create({ ...LEAD, displayName: 'Zhao Lead', roles: ['lead'] });
  await admin.users.create({ ...CONTRIBUTOR, displayName: 'Qian Contributor', roles: ['contributor'] });
  phishingBriefId = (
    await admin.briefs.create({
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
    })
  ).id;
  kettleBriefId = (
    await admin.briefs.create({
      contentType: 'marketing_copy',
      language: 'en',
      title: 'Spring launch: the quiet kettle',
      targetLength: 60,
      fields: { productName: 'Quiet kettle', category: 'Kitchen', sellingPoints: ['Whisper-quiet boil'] },
    })
  ).id;
  provider.enqueue({ kind: 'stream', deltas: [PHISHING_OUTPUT] });
  const job = await admin.jobs.create({ briefId: kettleBriefId, provider: 'openai' });
  for await (const event of admin.jobs.stream(job.id)) {
    if (event.type === 'result') heldDraftId = event.job.drafts[0]?.id ?? '';
    if (event.type === 'result') break;
  }
  const contributor = createDraftbenchClient({ baseUrl: e2e.api.baseUrl });
  await contributor.auth.login(CONTRIBUTOR);
  await contributor.drafts.submit(kettleBriefId, { body: PHISHING_UGC });
}

beforeAll(async () => {
  provider = await startFakeOpenAIServer();
  e2e = await startE2E({
    OPENAI_API_KEY: 'sk-e2e-safety',
    OPENAI_BASE_URL: provider.baseURL,
    OPENAI_MODELS: 'fake-large:2:8',
  });
  await seed();
  await e2e.page.goto(`${e2e.api.baseUrl}/briefs/${phishingBriefId}`);
  await signIn(e2e.page, LEAD);
});

afterAll(async () => {
  await e2e?.close();
  await provider?.close();
});

describe('the safety gate in the web app', () => {
  it('shows a refused job with its category and the reason in the reader’s language; no model is called', async () => {
    const requests = provider.requests.length;
    await byTestId('generate-launch').click();
    await e2e.page
      .locator('[data-testid="live-job"] [data-testid="job-state"][data-state="refused"]')
      .waitFor();
    const jobId = (await byTestId('live-job').getAttribute('data-job-id')) ?? '';
    const { refusal } = await e2e.admin.jobs.get(jobId);
    const alert = byTestId('job-refusal');
    await expect(alert.getAttribute('data-category')).resolves.toBe('fraud_phishing');
    await expect(alert.textContent()).resolves.toContain('Fraud or phishing');
    await expect(alert.getByTestId('safety-reason').textContent()).resolves.toBe(refusal?.reason.en);
    expect(await byTestId('live-variant').count()).toBe(0);

    await byTestId('language-zh-CN').click();
    await alert.getByText('诈骗或网络钓鱼', { exact: false }).waitFor();
    await expect(alert.getByTestId('safety-reason').textContent()).resolves.toBe(refusal?.reason.zh);
    await byTestId('language-en').click();
    await alert.getByText('Fraud or phishing', { exact: false }).waitFor();
    expect(provider.requests.length).toBe(requests);
  });

  it('hides a held AI draft behind a warning on its brief, not offered for editing', async () => {
    await e2e.page.goto(`${e2e.api.baseUrl}/briefs/${kettleBriefId}`);
    const card = e2e.page.locator(`[data-testid="draft-card"][data-draft-id="${heldDraftId}"]`);
    await card.getByTestId('held-notice').waitFor();
    await expect(card.getByTestId('held-notice').getAttribute('data-category')).resolves.toBe(
      'fraud_phishing',
    );
    expect(await card.getByTestId('draft-body').count()).toBe(0);
    expect(await card.getByTestId('edit-as-assisted').count()).toBe(0);
    await card.getByTestId('hidden-text-toggle').click();
    await expect(card.getByTestId('draft-body').textContent()).resolves.toBe(PHISHING_OUTPUT);
  });

  it('lists held AI and UGC drafts in the review queue with origin and verdict; publishing releases one', async () => {
    await e2e.page.goto(`${e2e.api.baseUrl}/moderation`);
    const cards = byTestId('moderation-card');
    await cards.nth(1).waitFor();
    expect(await cards.count()).toBe(2);
    for (const origin of ['aigc', 'ugc']) {
      const card = e2e.page.locator(`[data-testid="moderation-card"][data-origin="${origin}"]`);
      await expect(card.getByTestId('held-notice').getAttribute('data-category')).resolves.toBe(
        'fraud_phishing',
      );
      await expect(card.getByTestId('safety-reason').textContent()).resolves.not.toBe('');
    }

    const aiCard = e2e.page.locator(`[data-testid="moderation-card"][data-draft-id="${heldDraftId}"]`);
    await aiCard.getByTestId('moderation-note').fill('Kept as a negative example');
    await aiCard.getByTestId('moderation-publish').click();
    await aiCard.waitFor({ state: 'detached' });
    expect(await cards.count()).toBe(1);
    await expect(e2e.admin.drafts.get(heldDraftId)).resolves.toMatchObject({
      status: 'published',
      moderation: { decision: 'publish', note: 'Kept as a negative example' },
    });
  });

  it('shows refusal and flag rates per provider on the leaderboard, a published flag still counted', async () => {
    await e2e.page.goto(`${e2e.api.baseUrl}/leaderboard?tab=safety`);
    await e2e.page.locator('[data-testid="safety-rates"][data-state="ready"]').waitFor();
    const row = e2e.page.locator('[data-testid="safety-rates-row"][data-model="openai/fake-large"]');
    await expect(row.getByTestId('safety-refusalRate').textContent()).resolves.toBe('50%');
    await expect(row.getByTestId('safety-flagRate').textContent()).resolves.toBe('100%');
  });
});
