import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './support/harness';
import { ADMIN, signIn } from './support/session';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(() => e2e?.close());

const byTestId = (id: string) => e2e.page.getByTestId(id);

describe('create a brief and generate drafts', () => {
  it('sends a signed-out visitor to the sign-in form and back to the page asked for', async () => {
    await e2e.page.goto(`${e2e.api.baseUrl}/briefs`);
    await e2e.page.waitForURL('**/login?from=%2Fbriefs');
    await signIn(e2e.page, ADMIN);
    expect(new URL(e2e.page.url()).pathname).toBe('/briefs');
    await expect(byTestId('current-user-name').textContent()).resolves.toBe('Admin');
  });

  it('creates an English marketing-copy brief through the form', async () => {
    await byTestId('new-brief-button').click();
    await e2e.page.waitForURL('**/briefs/new');

    await byTestId('brief-content-type-marketing_copy').click();
    await byTestId('brief-language-en').click();
    await byTestId('brief-title').fill('Spring launch: the quiet kettle');
    await byTestId('brief-target-length').fill('120');
    await byTestId('brief-product-name').fill('Quiet Kettle');
    await byTestId('brief-category').fill('Kitchen appliances');
    await byTestId('brief-selling-points').fill('Boils a litre in 90 seconds\nQuieter than a conversation');
    await byTestId('brief-submit').click();

    await e2e.page.waitForURL(/\/briefs\/[0-9a-f-]{36}$/);
    await expect(byTestId('brief-heading').textContent()).resolves.toBe('Spring launch: the quiet kettle');
  });

  it('launches a template job with two variants and watches it succeed', async () => {
    await expect(byTestId('generate-provider').textContent()).resolves.toContain('template');
    await byTestId('generate-variants').fill('2');
    await byTestId('generate-launch').click();

    await e2e.page
      .locator('[data-testid="live-job"] [data-testid="job-state"][data-state="succeeded"]')
      .waitFor();
    const liveTexts = await byTestId('live-text').allTextContents();
    expect(liveTexts).toHaveLength(2);
    for (const text of liveTexts) expect(text.length).toBeGreaterThan(20);
  });

  it('shows the two drafts in the AIGC column, labelled rule-based', async () => {
    const cards = byTestId('draft-card');
    await cards.nth(1).waitFor();
    expect(await cards.count()).toBe(2);
    expect(await byTestId('draft-rule-based').count()).toBe(2);
    await expect(byTestId('draft-origin').allTextContents()).resolves.toEqual(['AIGC', 'AIGC']);

    // One column per origin, side by side; both drafts sit in the AIGC one.
    const aigc = e2e.page.locator('[data-testid="origin-column"][data-origin="aigc"]');
    expect(await aigc.getByTestId('draft-card').count()).toBe(2);
    const [pgc, ugc] = await Promise.all(
      ['pgc', 'ugc'].map((origin) =>
        e2e.page.locator(`[data-testid="origin-column"][data-origin="${origin}"]`).boundingBox(),
      ),
    );
    const column = await aigc.boundingBox();
    expect(pgc && ugc && column).toBeTruthy();
    expect(ugc?.y).toBe(pgc?.y);
    expect(column?.y).toBe(pgc?.y);
    expect(column?.x ?? 0).toBeGreaterThanOrEqual((ugc?.x ?? 0) + (ugc?.width ?? 0));
  });

  it('switches the interface to Chinese and remembers it', async () => {
    await byTestId('language-zh-CN').click();
    await e2e.page.getByTestId('nav-briefs').getByText('创作简报').waitFor();
    await expect(byTestId('draft-rule-based').first().textContent()).resolves.toBe('基于规则');

    await e2e.page.reload();
    await e2e.page.getByTestId('nav-jobs').getByText('生成任务').waitFor();
  });
});
