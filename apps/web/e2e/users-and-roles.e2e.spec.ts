import { createDraftbenchClient } from '@draftbench/client';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './support/api';
import { launchBrowser } from './support/browser';
import { createDatabase, type TestDatabase } from './support/database';
import { ADMIN, adminEnv, signIn, signOut } from './support/session';

const EDITOR = { email: 'eddie@e2e.draftbench.test', password: 'editor-password-1', name: 'Eddie Editor' };
const RATER = { email: 'rita@e2e.draftbench.test', password: 'rater-password-1', name: 'Rita Rater' };
const BRIEF_TITLE = 'Autumn range: the walnut desk';

let database: TestDatabase | undefined;
let api: RunningApi | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let briefId = '';

beforeAll(async () => {
  database = await createDatabase();
  api = await startApi({ DATABASE_URL: database.url, ...adminEnv() });
  // A brief for the rater to look at, made through the API: the brief form is the other file's subject.
  const admin = createDraftbenchClient({ baseUrl: api.baseUrl });
  await admin.auth.login(ADMIN);
  const brief = await admin.briefs.create({
    contentType: 'marketing_copy',
    language: 'en',
    title: BRIEF_TITLE,
    targetLength: 80,
    fields: { productName: 'Walnut Desk', category: 'Furniture', sellingPoints: ['Solid walnut'] },
  });
  briefId = brief.id;

  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await database?.drop();
});

const byTestId = (id: string) => page.getByTestId(id);
const userRow = (email: string) => page.locator(`[data-testid="user-row"][data-email="${email}"]`);

async function createUser(
  user: { email: string; password: string; name: string },
  role: string,
  rate?: number,
) {
  await byTestId('new-user-button').click();
  await byTestId('user-display-name').fill(user.name);
  await byTestId('user-email').fill(user.email);
  await byTestId('user-password').fill(user.password);
  await byTestId('user-roles').click();
  await byTestId(`role-option-${role}`).click();
  // Closes the role list without Escape, which would close the whole dialog.
  await byTestId('user-display-name').click();
  if (rate !== undefined) await byTestId('user-hourly-rate').fill(String(rate));
  await byTestId('user-form-submit').click();
  await userRow(user.email).waitFor();
  await byTestId('user-form').waitFor({ state: 'detached' });
}

describe('users and roles', () => {
  it('lets the admin create an editor and a rater in Settings → Users', async () => {
    await page.goto(`${api?.baseUrl ?? ''}/settings/users`);
    await page.waitForURL('**/login?from=%2Fsettings%2Fusers');
    await signIn(page, ADMIN);
    expect(new URL(page.url()).pathname).toBe('/settings/users');
    await userRow(ADMIN.email).waitFor();

    await createUser(EDITOR, 'editor', 45);
    await createUser(RATER, 'rater');

    const editor = userRow(EDITOR.email);
    await expect(editor.getByTestId('user-name').textContent()).resolves.toBe(EDITOR.name);
    await expect(editor.locator('[data-role]').getAttribute('data-role')).resolves.toBe('editor');
    await expect(editor.textContent()).resolves.toContain('$45');
    await expect(userRow(RATER.email).locator('[data-role]').getAttribute('data-role')).resolves.toBe(
      'rater',
    );
    await expect(userRow(RATER.email).getByTestId('user-status').textContent()).resolves.toBe('Active');
  });

  it('signs the rater in: briefs without drafts, no jobs, no settings', async () => {
    await signOut(page);
    await signIn(page, RATER);
    expect(new URL(page.url()).pathname).toBe('/briefs');
    await expect(byTestId('current-user-name').textContent()).resolves.toBe(RATER.name);
    await expect(byTestId('current-user-roles').textContent()).resolves.toBe('Rater');

    await byTestId('brief-link').filter({ hasText: BRIEF_TITLE }).click();
    await page.waitForURL(`**/briefs/${briefId}`);
    await expect(byTestId('brief-heading').textContent()).resolves.toBe(BRIEF_TITLE);

    expect(await byTestId('nav-briefs').count()).toBe(1);
    expect(await byTestId('nav-jobs').count()).toBe(0);
    expect(await byTestId('nav-settings').count()).toBe(0);
    expect(await byTestId('drafts-section').count()).toBe(0);
    expect(await byTestId('generate-panel').count()).toBe(0);
  });

  it("tells the rater their role can't open the jobs page", async () => {
    await page.goto(`${api?.baseUrl ?? ''}/jobs`);
    await byTestId('forbidden').waitFor();
    const text = await byTestId('forbidden').textContent();
    expect(text).toContain("Your role can't do this");
    expect(text).toContain('Lead or Editor');
    expect(await byTestId('new-brief-button').count()).toBe(0);
  });

  it('sends the user to sign in when the session ends, and back afterwards', async () => {
    await context.clearCookies();
    await byTestId('nav-briefs').click();
    await page.waitForURL('**/login?from=%2Fbriefs');
    await signIn(page, RATER);
    expect(new URL(page.url()).pathname).toBe('/briefs');
    await byTestId('brief-link').first().waitFor();
  });
});
