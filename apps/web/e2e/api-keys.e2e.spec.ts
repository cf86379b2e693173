import { createDraftbenchClient, type DraftbenchClient } from '@draftbench/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './support/harness';
import { signIn } from './support/session';

const LEAD = { email: 'lena@e2e.draftbench.test', password: 'lead-password-1', name: 'Lena Lead' };
const KEY_NAME = 'CMS production';

let e2e: E2E;
let secret = '';

beforeAll(async () => {
  e2e = await startE2E();
  await e2e.admin.users.create({
    email: LEAD.email,
    displayName: LEAD.name,
    password: LEAD.password,
    roles: ['lead'],
  });
});

afterAll(() => e2e?.close());

const byTestId = (id: string) => e2e.page.getByTestId(id);
const keyRow = () => e2e.page.locator(`[data-testid="api-key-row"][data-name="${KEY_NAME}"]`);
const withKey = (): DraftbenchClient => createDraftbenchClient({ baseUrl: e2e.api.baseUrl, apiKey: secret });

describe('Settings → API keys', () => {
  it('creates a key with scopes and an expiry, and shows its secret once', async () => {
    await e2e.page.goto(`${e2e.api.baseUrl}/settings/api-keys`);
    await signIn(e2e.page, LEAD);
    await byTestId('api-key-table').waitFor();

    await byTestId('new-api-key-button').click();
    await byTestId('api-key-name').fill(KEY_NAME);
    await expect(byTestId('api-key-scope-jobs:write').innerText()).resolves.toContain('Create and cancel');
    await byTestId('api-key-scope-jobs:write').click();
    await byTestId('api-key-scope-briefs:write').click();
    await byTestId('api-key-expiry-30').click();
    await byTestId('api-key-form-submit').click();

    await byTestId('api-key-form').waitFor({ state: 'detached' });
    await byTestId('api-key-secret-modal').waitFor();
    const shown = (await byTestId('api-key-secret').innerText()).trim();
    expect(shown).toMatch(/^dbk_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    secret = shown;
    await byTestId('api-key-secret-done').click();
    await byTestId('api-key-secret-modal').waitFor({ state: 'detached' });

    await keyRow().waitFor();
    const prefix = (await keyRow().getByTestId('api-key-prefix').innerText()).replace('…', '');
    expect(secret.startsWith(`${prefix}_`)).toBe(true);
    const scopes = await keyRow()
      .locator('[data-scope]')
      .evaluateAll((tags) => tags.map((t) => t.dataset.scope));
    expect(scopes).toEqual(['jobs:write', 'briefs:write']);
    await expect(keyRow().getByTestId('api-key-status').getAttribute('data-status')).resolves.toBe('active');
    await expect(keyRow().getByTestId('api-key-last-used').innerText()).resolves.toBe('Never');
    // The secret is nowhere on the page any more.
    expect(await e2e.page.content()).not.toContain(secret);
  });

  it('works for a service: the same Idempotency-Key creates one job, and the list shows the last use', async () => {
    const service = withKey();
    const brief = await service.briefs.create({
      contentType: 'marketing_copy',
      language: 'en',
      title: 'Key-made brief',
      targetLength: 60,
      fields: { productName: 'Kettle', category: 'Kitchen', sellingPoints: ['Boils fast'] },
    });
    const first = await service.jobs.create(
      { briefId: brief.id, provider: 'template' },
      { idempotencyKey: 'e2e-1' },
    );
    const again = await service.jobs.create(
      { briefId: brief.id, provider: 'template' },
      { idempotencyKey: 'e2e-1' },
    );
    expect(again.id).toBe(first.id);
    expect(first.idempotencyKey).toBe('e2e-1');

    await e2e.page.reload();
    await keyRow().waitFor();
    await expect(keyRow().getByTestId('api-key-last-used').innerText()).resolves.not.toBe('Never');
  });

  it('revokes the key: the service is refused at once', async () => {
    await keyRow().getByTestId('api-key-revoke').click();
    await byTestId('api-key-revoke-confirm').click();
    await keyRow().locator('[data-status="revoked"]').waitFor();
    expect(await keyRow().getByTestId('api-key-revoke').count()).toBe(0);
    await expect(withKey().jobs.list()).rejects.toMatchObject({
      status: 401,
      problem: { title: 'API key revoked' },
    });
  });

  it('speaks Chinese too', async () => {
    await byTestId('language-zh-CN').click();
    await e2e.page.getByRole('heading', { name: 'API 密钥' }).waitFor();
    await expect(keyRow().getByTestId('api-key-status').innerText()).resolves.toBe('已吊销');
    await byTestId('language-en').click();
  });

  it('opens dialogs without animation for readers who ask for reduced motion, and follows a change of mind', async () => {
    // The harness's browser asks for reduced motion, so no test clicks into a dialog that is still zooming in.
    await byTestId('api-key-table').waitFor();
    expect(await newKeyDialogAnimates()).toBe(false);
    await e2e.page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await newKeyDialogAnimates()).toBe(true);
    await e2e.page.emulateMedia({ reducedMotion: 'reduce' });
  });
});

/** Opens and closes the new-key dialog; whether antd's zoom animation ran on it meanwhile. */
async function newKeyDialogAnimates(): Promise<boolean> {
  await e2e.page.evaluate(() => {
    // Without motion antd still marks the dialog "prepare" once, but never runs the zoom's active phases.
    const zooming = '.ant-zoom-appear-active, .ant-zoom-leave-active';
    const animating = (node: Node) =>
      node instanceof Element && (node.matches(zooming) || !!node.querySelector(zooming));
    const seen = { zoom: false };
    const observer = new MutationObserver((mutations) => {
      for (const m of mutations)
        if (animating(m.target) || Array.from(m.addedNodes).some(animating)) seen.zoom = true;
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['class'],
    });
    Object.assign(window, { dialogMotion: () => (observer.disconnect(), seen.zoom) });
  });
  await byTestId('new-api-key-button').click();
  await byTestId('api-key-form').waitFor();
  await e2e.page.keyboard.press('Escape');
  await byTestId('api-key-form').waitFor({ state: 'detached' });
  return e2e.page.evaluate(() => (window as unknown as { dialogMotion: () => boolean }).dialogMotion());
}
