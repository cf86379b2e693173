import { createDraftbenchClient } from '@draftbench/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './support/harness';
import { ADMIN, signIn } from './support/session';

let e2e: E2E;
let briefId: string;

beforeAll(async () => {
  e2e = await startE2E();
  const brief = await e2e.admin.briefs.create({
    contentType: 'news_draft',
    language: 'en',
    title: 'Battery plant expansion',
    targetLength: 150,
    facts: ['The new hall opens in March 2026', 'The investment is 120 million dollars'],
    fields: { headlineIdea: 'Plant expansion brings jobs', facts: { what: 'A battery plant grows' } },
  });
  briefId = brief.id;
  const contributor = { email: 'facts-contributor@e2e.draftbench.test', password: 'contributor-password' };
  await e2e.admin.users.create({ ...contributor, displayName: 'Contributor', roles: ['contributor'] });
  const client = createDraftbenchClient({ baseUrl: e2e.api.baseUrl });
  await client.auth.login(contributor);
  await client.drafts.submit(brief.id, {
    body: 'The new hall opens in March 2026 after an investment of 120 million dollars, and it will create 4,500 jobs.',
  });
});

afterAll(() => e2e?.close());

describe('fact-risk flags beside a draft', () => {
  it('marks the invented figure in the text and says why, and leaves the supported ones alone', async () => {
    await e2e.page.goto(`${e2e.api.baseUrl}/briefs/${briefId}`);
    await signIn(e2e.page, ADMIN);
    const card = e2e.page.locator(
      '[data-testid="origin-column"][data-origin="ugc"] [data-testid="draft-card"]',
    );
    await card.getByTestId('fact-flags').waitFor();
    await expect(card.getByTestId('fact-flag-mark').allTextContents()).resolves.toEqual([
      expect.stringContaining('4,500'),
    ]);
    await expect(card.getByTestId('fact-flags').textContent()).resolves.toContain(
      '1 claim the brief does not support',
    );
    await e2e.page.screenshot({ path: '/tmp/fact-risk.png', fullPage: true });
  });
});
