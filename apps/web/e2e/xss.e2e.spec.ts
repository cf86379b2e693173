import { createDraftbenchClient } from '@draftbench/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './support/harness';
import { ADMIN, signIn } from './support/session';

// Each payload would set window.__xss (or open a dialog) if the page ever treated text as markup.
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  '<a href="javascript:window.__xss=4">click</a>',
];
const TEXT = PAYLOADS.join(' ');

let e2e: E2E;
let briefId: string;
const dialogs: string[] = [];
const violations: string[] = [];

beforeAll(async () => {
  e2e = await startE2E();
  const brief = await e2e.admin.briefs.create({
    contentType: 'marketing_copy',
    language: 'en',
    title: `Kettle ${PAYLOADS[0]}`,
    targetLength: 60,
    facts: [TEXT],
    fields: { productName: PAYLOADS[2]!, category: 'Kitchen', sellingPoints: [TEXT] },
  });
  briefId = brief.id;
  const contributor = { email: 'xss-contributor@e2e.draftbench.test', password: 'contributor-password' };
  await e2e.admin.users.create({ ...contributor, displayName: PAYLOADS[1]!, roles: ['contributor'] });
  const client = createDraftbenchClient({ baseUrl: e2e.api.baseUrl });
  await client.auth.login(contributor);
  await client.drafts.submit(brief.id, { body: `My review. ${TEXT}` });
  e2e.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  e2e.page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
});

afterAll(() => e2e?.close());

describe('hostile text in briefs, drafts and names', () => {
  it('is shown as text, never run, on the brief list and the brief page', async () => {
    await e2e.page.goto(`${e2e.api.baseUrl}/briefs`);
    await signIn(e2e.page, ADMIN);
    await e2e.page.getByText(`Kettle ${PAYLOADS[0]}`).first().waitFor();
    await e2e.page.goto(`${e2e.api.baseUrl}/briefs/${briefId}`);
    await expect(e2e.page.getByTestId('brief-heading').textContent()).resolves.toBe(`Kettle ${PAYLOADS[0]}`);
    const body = e2e.page.locator(
      '[data-testid="origin-column"][data-origin="ugc"] [data-testid="draft-body"]',
    );
    await body.first().waitFor();
    await expect(body.first().textContent()).resolves.toContain(PAYLOADS[3]);
    // No element came out of the payloads, and nothing ran.
    await expect(e2e.page.locator('img[src="x"], svg[onload], a[href^="javascript:"]').count()).resolves.toBe(
      0,
    );
    await expect(e2e.page.evaluate(() => (window as { __xss?: number }).__xss)).resolves.toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
  });
});
