import { createDraftbenchClient } from '@draftbench/client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './support/api';
import { launchBrowser } from './support/browser';
import { createDatabase, type TestDatabase } from './support/database';
import { ADMIN, adminEnv, signIn } from './support/session';

const EDITOR = { email: 'ada@e2e.draftbench.test', password: 'editor-password-1' };
const ADDED = 'Order yours today and hear the difference every single morning.';

let database: TestDatabase | undefined;
let api: RunningApi | undefined;
let browser: Browser | undefined;
let page: Page;
let briefId = '';
let aiDraftId = '';

beforeAll(async () => {
  database = await createDatabase();
  api = await startApi({ DATABASE_URL: database.url, ...adminEnv() });
  const admin = createDraftbenchClient({ baseUrl: api.baseUrl });
  await admin.auth.login(ADMIN);
  await admin.users.create({ ...EDITOR, displayName: 'Ada Editor', roles: ['editor'], hourlyRateUsd: 60 });
  const brief = await admin.briefs.create({
    contentType: 'marketing_copy',
    language: 'en',
    title: 'Spring launch: the quiet kettle',
    targetLength: 80,
    fields: { productName: 'Quiet Kettle', category: 'Kitchen', sellingPoints: ['Boils in 90 seconds'] },
  });
  briefId = brief.id;
  // One AI draft from the template engine; the stream ends once the job has finished.
  const job = await admin.jobs.create({
    briefId,
    provider: 'template',
    variants: 1,
    parameters: { seed: 7 },
  });
  for await (const event of admin.jobs.stream(job.id)) if (event.type === 'result') break;
  const [draft] = await admin.briefs.drafts(briefId);
  if (draft?.origin !== 'aigc') throw new Error('The template job produced no AI draft');
  aiDraftId = draft.id;

  browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await database?.drop();
});

const byTestId = (id: string) => page.getByTestId(id);

describe('AI-assisted edit', () => {
  it('opens the assisted editor from the AI draft on the brief page', async () => {
    await page.goto(`${api?.baseUrl ?? ''}/briefs/${briefId}`);
    await page.waitForURL('**/login?**');
    await signIn(page, EDITOR);
    const aiCard = page.locator(
      '[data-testid="origin-column"][data-origin="aigc"] [data-testid="draft-card"]',
    );
    await aiCard.waitFor();
    expect(await byTestId('origin-column').count()).toBe(4);
    await aiCard.getByTestId('edit-as-assisted').click();
    await page.waitForURL(`**/drafts/${aiDraftId}/assisted`);
    await byTestId('assisted-page').waitFor();
  });

  it('saves the edit and shows the diff, the edit distance and the provenance', async () => {
    const body = byTestId('assisted-body');
    const original = await body.inputValue();
    const words = original.split(' ');
    // Drops the first two words and the second half, and adds a sentence: a large human edit.
    const edited = `${words.slice(2, Math.ceil(words.length / 2)).join(' ')} ${ADDED}`;
    await body.fill(edited);
    await byTestId('assisted-save').click();

    // The first save starts the child draft, and the page now edits it.
    await page.waitForURL(
      (url) => /\/drafts\/[0-9a-f-]{36}\/assisted$/.test(url.pathname) && !url.pathname.includes(aiDraftId),
    );
    await byTestId('diff-view').waitFor();
    expect(await byTestId('diff-insert').count()).toBeGreaterThan(0);
    expect(await byTestId('diff-delete').count()).toBeGreaterThan(0);
    // Without its deletions the diff spells the edit; without its insertions, the AI draft.
    const without = (tag: string) =>
      byTestId('diff-view').evaluate((view, skip) => {
        const copy = view.cloneNode(true) as HTMLElement;
        copy.querySelectorAll(skip).forEach((node) => node.remove());
        return copy.textContent;
      }, tag);
    await expect(without('del')).resolves.toBe(edited);
    await expect(without('ins')).resolves.toBe(original);

    await expect(byTestId('edit-distance').textContent()).resolves.toMatch(/^\d+(\.\d)?% of the words$/);
    await expect(byTestId('human-edit-share').textContent()).resolves.toMatch(/%$/);
    await expect(byTestId('provenance').getAttribute('data-provenance')).resolves.toBe(
      'ai_assisted_human_edited',
    );
    await expect(byTestId('provenance').textContent()).resolves.toBe('AI-assisted, human-edited');
    await expect(byTestId('assisted-cost').textContent()).resolves.toMatch(/^\$/);
    await page.screenshot({ path: '/tmp/wf/assisted-editor.png', fullPage: true });
  });

  it('shows the edit in the AI-assisted column of the brief', async () => {
    await byTestId('assisted-back').click();
    await page.waitForURL(`**/briefs/${briefId}`);
    const card = page.locator(
      '[data-testid="origin-column"][data-origin="ai_assisted"] [data-testid="draft-card"]',
    );
    await card.waitFor();
    await expect(card.getByTestId('draft-body').textContent()).resolves.toContain(ADDED);
    await expect(card.getByTestId('draft-ai-notice').textContent()).resolves.toBe(
      'AI-assisted, human-edited',
    );
    await card.getByTestId('draft-minutes').waitFor();
    await page.screenshot({ path: '/tmp/wf/brief-columns.png', fullPage: true });
  });
});
