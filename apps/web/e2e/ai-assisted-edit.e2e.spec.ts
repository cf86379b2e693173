import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './support/harness';
import { signIn } from './support/session';

const EDITOR = { email: 'ada@e2e.draftbench.test', password: 'editor-password-1' };
const ADDED = 'Order yours today and hear the difference every single morning.';

let e2e: E2E;
let briefId = '';
let aiDraftId = '';

beforeAll(async () => {
  e2e = await startE2E();
  const { admin } = e2e;
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
});

afterAll(() => e2e?.close());

const byTestId = (id: string) => e2e.page.getByTestId(id);

describe('AI-assisted edit', () => {
  it('opens the assisted editor from the AI draft on the brief page', async () => {
    await e2e.page.goto(`${e2e.api.baseUrl}/briefs/${briefId}`);
    await e2e.page.waitForURL('**/login?**');
    await signIn(e2e.page, EDITOR);
    const aiCard = e2e.page.locator(
      '[data-testid="origin-column"][data-origin="aigc"] [data-testid="draft-card"]',
    );
    await aiCard.waitFor();
    expect(await byTestId('origin-column').count()).toBe(4);
    await aiCard.getByTestId('edit-as-assisted').click();
    await e2e.page.waitForURL(`**/drafts/${aiDraftId}/assisted`);
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
    await e2e.page.waitForURL(
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
    await e2e.page.screenshot({ path: '/tmp/wf/assisted-editor.png', fullPage: true });
  });

  it('shows the edit in the AI-assisted column of the brief', async () => {
    await byTestId('assisted-back').click();
    await e2e.page.waitForURL(`**/briefs/${briefId}`);
    const card = e2e.page.locator(
      '[data-testid="origin-column"][data-origin="ai_assisted"] [data-testid="draft-card"]',
    );
    await card.waitFor();
    await expect(card.getByTestId('draft-body').textContent()).resolves.toContain(ADDED);
    await expect(card.getByTestId('draft-ai-notice').textContent()).resolves.toBe(
      'AI-assisted, human-edited',
    );
    await card.getByTestId('draft-minutes').waitFor();
    // Copied and downloaded, the text keeps its notice (in the brief's language, as the last line of copy).
    await card.getByTestId('draft-copy').click();
    const copied = await e2e.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(ADDED);
    expect(copied.trim().endsWith('[AI-assisted, human-edited]')).toBe(true);
    await expect(card.getByTestId('draft-download').getAttribute('href')).resolves.toMatch(
      /^\/v1\/drafts\/[0-9a-f-]{36}\/export\.html$/,
    );
    await e2e.page.screenshot({ path: '/tmp/wf/brief-columns.png', fullPage: true });
  });
});
