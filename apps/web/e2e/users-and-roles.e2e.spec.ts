import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './support/harness';
import { ADMIN, signIn, signOut } from './support/session';

const EDITOR = { email: 'eddie@e2e.draftbench.test', password: 'editor-password-1', name: 'Eddie Editor' };
const RATER = { email: 'rita@e2e.draftbench.test', password: 'rater-password-1', name: 'Rita Rater' };
const BRIEF_TITLE = 'Autumn range: the walnut desk';

let e2e: E2E;
let briefId = '';

beforeAll(async () => {
  e2e = await startE2E();
  // A brief for the rater to look at, made through the API: the brief form is the other file's subject.
  const { admin } = e2e;
  const brief = await admin.briefs.create({
    contentType: 'marketing_copy',
    language: 'en',
    title: BRIEF_TITLE,
    targetLength: 80,
    fields: { productName: 'Walnut Desk', category: 'Furniture', sellingPoints: ['Solid walnut'] },
  });
  briefId = brief.id;
});

afterAll(() => e2e?.close());

const byTestId = (id: string) => e2e.page.getByTestId(id);
const userRow = (email: string) => e2e.page.locator(`[data-testid="user-row"][data-email="${email}"]`);

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
    await e2e.page.goto(`${e2e.api.baseUrl}/settings/users`);
    await e2e.page.waitForURL('**/login?from=%2Fsettings%2Fusers');
    await signIn(e2e.page, ADMIN);
    expect(new URL(e2e.page.url()).pathname).toBe('/settings/users');
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
    await signOut(e2e.page);
    await signIn(e2e.page, RATER);
    expect(new URL(e2e.page.url()).pathname).toBe('/briefs');
    await expect(byTestId('current-user-name').textContent()).resolves.toBe(RATER.name);
    await expect(byTestId('current-user-roles').textContent()).resolves.toBe('Rater');

    await byTestId('brief-link').filter({ hasText: BRIEF_TITLE }).click();
    await e2e.page.waitForURL(`**/briefs/${briefId}`);
    await expect(byTestId('brief-heading').textContent()).resolves.toBe(BRIEF_TITLE);

    expect(await byTestId('nav-briefs').count()).toBe(1);
    expect(await byTestId('nav-jobs').count()).toBe(0);
    expect(await byTestId('nav-settings').count()).toBe(0);
    expect(await byTestId('drafts-section').count()).toBe(0);
    expect(await byTestId('generate-panel').count()).toBe(0);
  });

  it("tells the rater their role can't open the jobs page", async () => {
    await e2e.page.goto(`${e2e.api.baseUrl}/jobs`);
    await byTestId('forbidden').waitFor();
    const text = await byTestId('forbidden').textContent();
    expect(text).toContain("Your role can't do this");
    expect(text).toContain('Lead or Editor');
    expect(await byTestId('new-brief-button').count()).toBe(0);
  });

  it('sends the user to sign in when the session ends, and back afterwards', async () => {
    await e2e.page.context().clearCookies();
    await byTestId('nav-briefs').click();
    await e2e.page.waitForURL('**/login?from=%2Fbriefs');
    await signIn(e2e.page, RATER);
    expect(new URL(e2e.page.url()).pathname).toBe('/briefs');
    await byTestId('brief-link').first().waitFor();
  });
});
