import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption } from './support/select';
import { startE2E, type E2E } from './support/harness';
import { signIn, signOut } from './support/session';

const LEAD = { email: 'lena@e2e.draftbench.test', password: 'lead-password-1', name: 'Lena Lead' };
const EDITOR = { email: 'pavel@e2e.draftbench.test', password: 'editor-password-1', name: 'Pavel Editor' };
const BRIEF_TITLE = 'Winter range: the wool throw';
const FIRST_DRAFT = 'Wrap up in the Wool Throw: soft merino, woven in Yorkshire.';
const COMMENT = 'Mention that it is machine washable.';
const FINAL_DRAFT = `${FIRST_DRAFT} Machine washable at 30 degrees.`;

let e2e: E2E;
let briefId = '';

beforeAll(async () => {
  e2e = await startE2E();
  // The people and the brief come through the API: their forms are other files' subjects.
  const { admin } = e2e;
  await admin.users.create({ ...credentials(LEAD), displayName: LEAD.name, roles: ['lead'] });
  await admin.users.create({
    ...credentials(EDITOR),
    displayName: EDITOR.name,
    roles: ['editor'],
    hourlyRateUsd: 60,
  });
  const brief = await admin.briefs.create({
    contentType: 'marketing_copy',
    language: 'en',
    title: BRIEF_TITLE,
    targetLength: 60,
    fields: { productName: 'Wool Throw', category: 'Home textiles', sellingPoints: ['Merino wool'] },
  });
  briefId = brief.id;
});

afterAll(() => e2e?.close());

function credentials(user: { email: string; password: string }) {
  return { email: user.email, password: user.password };
}

const byTestId = (id: string) => e2e.page.getByTestId(id);
const stateIs = (state: string) =>
  e2e.page.locator(
    `[data-testid="assignment-facts"] [data-testid="assignment-state"][data-state="${state}"]`,
  );

async function switchUser(user: { email: string; password: string }) {
  await signOut(e2e.page);
  await signIn(e2e.page, user);
}

/** The editor opens their only assignment from My assignments. */
async function openMyAssignment() {
  await byTestId('nav-assignments').click();
  await e2e.page.waitForURL('**/assignments');
  await byTestId('assignment-open').first().click();
  await e2e.page.waitForURL(/\/assignments\/[0-9a-f-]{36}$/);
}

/** The lead opens the submitted draft from Review. */
async function openReview() {
  await byTestId('nav-review').click();
  await e2e.page.waitForURL('**/review');
  await byTestId('assignment-open').first().click();
  await e2e.page.waitForURL(/\/review\/[0-9a-f-]{36}$/);
  await stateIs('submitted').waitFor();
}

/** Types the draft, waits for the autosave to finish, and submits it. */
async function writeAndSubmit(text: string) {
  const body = byTestId('assignment-body');
  await body.fill(text);
  await e2e.page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
  await byTestId('assignment-submit').click();
  await stateIs('submitted').waitFor();
  expect(await body.getAttribute('readonly')).not.toBeNull();
}

describe('PGC: assign, draft, review, approve', () => {
  it('lets the lead assign the brief to the editor', async () => {
    await e2e.page.goto(`${e2e.api.baseUrl}/briefs/${briefId}`);
    await e2e.page.waitForURL('**/login?**');
    await signIn(e2e.page, LEAD);
    await byTestId('assignments-panel').waitFor();

    await chooseOption(
      e2e.page,
      'assign-editor',
      { testId: `assign-editor-option-${EDITOR.email}` },
      EDITOR.name,
    );
    await byTestId('assign-note').fill('Keep it warm and short.');
    await byTestId('assign-submit').click();

    const row = e2e.page.locator('[data-testid="brief-assignments"] [data-testid="assignment-row"]');
    await row.locator('[data-testid="assignment-state"][data-state="assigned"]').waitFor();
    await expect(row.textContent()).resolves.toContain(EDITOR.name);
  });

  it('lets the editor write the draft with autosave and submit it', async () => {
    await switchUser(EDITOR);
    expect(await byTestId('nav-review').count()).toBe(0);
    await openMyAssignment();
    await stateIs('assigned').waitFor();
    await writeAndSubmit(FIRST_DRAFT);
  });

  it('lets the lead return it with a comment', async () => {
    await switchUser(LEAD);
    await openReview();
    await expect(byTestId('review-draft-body').textContent()).resolves.toBe(FIRST_DRAFT);

    // Returning needs a comment: the form refuses an empty one.
    await byTestId('review-return').click();
    await e2e.page.locator('#comments_help, .ant-form-item-explain-error').first().waitFor();
    await byTestId('review-comments').fill(COMMENT);
    await byTestId('review-return').click();
    await stateIs('returned').waitFor();
  });

  it('shows the editor the comment; the edited draft is resubmitted', async () => {
    await switchUser(EDITOR);
    await openMyAssignment();
    await stateIs('returned').waitFor();
    const comment = e2e.page.locator('[data-testid="review-comment"][data-decision="return"]');
    await expect(comment.textContent()).resolves.toContain(COMMENT);
    await expect(byTestId('assignment-body').inputValue()).resolves.toBe(FIRST_DRAFT);
    await writeAndSubmit(FINAL_DRAFT);
  });

  it('lets the lead approve it and correct the minutes', async () => {
    await switchUser(LEAD);
    await openReview();
    await byTestId('review-approve').click();
    await stateIs('approved').waitFor();

    await byTestId('correct-minutes').fill('30');
    await byTestId('correct-reason').fill('Drafted offline first');
    await byTestId('correct-submit').click();
    // 30 minutes at $60 an hour.
    await e2e.page.locator('[data-testid="assignment-cost"]', { hasText: '$30' }).waitFor();
  });

  it('shows the approved draft in the PGC column of the brief, with minutes and cost', async () => {
    await e2e.page.locator('[data-testid="assignment-facts"] [data-testid="brief-title-link"]').click();
    await e2e.page.waitForURL(`**/briefs/${briefId}`);
    const card = e2e.page.locator(
      '[data-testid="origin-column"][data-origin="pgc"] [data-testid="draft-card"]',
    );
    await card.waitFor();
    expect(await card.count()).toBe(1);
    await expect(card.getByTestId('draft-body').textContent()).resolves.toBe(FINAL_DRAFT);
    await expect(card.getByTestId('draft-status').getAttribute('data-status')).resolves.toBe('published');
    await expect(card.getByTestId('draft-minutes').textContent()).resolves.toBe('30 min');
    await expect(card.getByTestId('draft-cost').textContent()).resolves.toBe('$30');

    // Four columns side by side, one per origin.
    const columns = byTestId('origin-column');
    await expect(
      columns.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-origin'))),
    ).resolves.toEqual(['pgc', 'ugc', 'aigc', 'ai_assisted']);
    const boxes = await Promise.all([0, 1, 2, 3].map((i) => columns.nth(i).boundingBox()));
    for (const box of boxes.slice(1)) expect(box?.y).toBe(boxes[0]?.y);

    const assignment = e2e.page.locator('[data-testid="brief-assignments"] [data-testid="assignment-state"]');
    await expect(assignment.getAttribute('data-state')).resolves.toBe('approved');
    await e2e.page.screenshot({ path: '/tmp/wf/brief-pgc.png', fullPage: true });
  });
});
