import { createDraftbenchClient, type DraftbenchClient } from '@draftbench/client';
import type { DraftOrigin } from '@draftbench/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption } from './support/select';
import { startE2E, type E2E } from './support/harness';
import { signIn } from './support/session';

const LEAD = { email: 'lina@e2e.draftbench.test', password: 'lead-password-1', name: 'Lina Lead' };
const EDITOR = { email: 'otto@e2e.draftbench.test', password: 'editor-password-1', name: 'Otto Penwright' };
const CONTRIBUTOR = {
  email: 'greta@e2e.draftbench.test',
  password: 'contributor-password-1',
  name: 'Greta Fieldnote',
};
const RATER = { email: 'rhea@e2e.draftbench.test', password: 'rater-password-1', name: 'Rhea Rater' };
const PGC_BODY = 'The Trail Flask keeps coffee hot for twelve hours and fits every cup holder.';
const UGC_BODY = 'I took the Trail Flask up Snowdon and my tea was still hot at the summit.';

let e2e: E2E;
/** Everything that would tell a rater who or what wrote a text. */
const secrets: string[] = ['pgc', 'ugc', 'aigc', 'ai_assisted', 'template', 'rules-v1'];
/** The origin labels of the interface, matched case-sensitively in the page text. */
const LABELS = ['PGC', 'UGC', 'AIGC', 'AI-assisted', 'Rule-based'];

const login = async (baseUrl: string, user: { email: string; password: string }) => {
  const client = createDraftbenchClient({ baseUrl });
  await client.auth.login({ email: user.email, password: user.password });
  return client;
};

beforeAll(async () => {
  e2e = await startE2E();
  const baseUrl = e2e.api.baseUrl;
  const { admin } = e2e;
  const create = (user: typeof LEAD, role: 'lead' | 'editor' | 'contributor' | 'rater') =>
    admin.users.create({
      email: user.email,
      password: user.password,
      displayName: user.name,
      roles: [role],
      ...(role === 'editor' ? { hourlyRateUsd: 60 } : {}),
    });
  await create(LEAD, 'lead');
  const editor = await create(EDITOR, 'editor');
  await create(CONTRIBUTOR, 'contributor');
  await create(RATER, 'rater');

  const lead = await login(baseUrl, LEAD);
  const brief = await lead.briefs.create({
    contentType: 'marketing_copy',
    language: 'en',
    title: 'Autumn hikes: the trail flask',
    targetLength: 60,
    fields: { productName: 'Trail Flask', category: 'Outdoor gear', sellingPoints: ['Hot for 12 hours'] },
  });
  // AIGC: one variant from the rule-based template engine; the stream ends once the job has finished.
  const job = await lead.jobs.create({
    briefId: brief.id,
    provider: 'template',
    variants: 1,
    parameters: { seed: 11 },
  });
  for await (const event of lead.jobs.stream(job.id)) if (event.type === 'result') break;
  // PGC: assigned, written, submitted and approved.
  const assignment = await lead.assignments.create({ briefId: brief.id, editorId: editor.id });
  const editorClient: DraftbenchClient = await login(baseUrl, EDITOR);
  await editorClient.assignments.save(assignment.id, { body: PGC_BODY, activeSeconds: 120 });
  await editorClient.assignments.submit(assignment.id);
  await lead.assignments.review(assignment.id, { decision: 'approve' });
  // UGC: a community submission.
  const contributor = await login(baseUrl, CONTRIBUTOR);
  await contributor.drafts.submit(brief.id, { body: UGC_BODY });

  const drafts = await lead.briefs.drafts(brief.id);
  const origins = drafts.map((draft) => `${draft.origin}:${draft.status}`).sort();
  expect(origins).toEqual(['aigc:published', 'pgc:published', 'ugc:published']);
  secrets.push(EDITOR.name, EDITOR.email, CONTRIBUTOR.name, CONTRIBUTOR.email, ...drafts.map((d) => d.id));
});

afterAll(() => e2e?.close());

const byTestId = (id: string) => e2e.page.getByTestId(id);
const session = (state: 'blind' | 'revealed') =>
  e2e.page.locator(`[data-testid="rating-session"][data-state="${state}"]`);

/** What the rater's browser received and showed, to search for anything that gives the origin away. */
interface Seen {
  url: string;
  body: Promise<string>;
}

/** The text of the page and the values of its attributes (test ids, labels, data attributes). */
const pageContent = () =>
  e2e.page.evaluate(() => {
    const attributes = Array.from(document.body.querySelectorAll('*')).flatMap((element) =>
      Array.from(element.attributes)
        .filter((a) => a.name !== 'class' && a.name !== 'style')
        .map((a) => a.value),
    );
    return { text: document.body.textContent ?? '', attributes: attributes.join('\n') };
  });

/** Scores the rubric from the keyboard: the focus is in the first cell and moves on after each digit. */
async function scoreAll(scores: number[]) {
  const cells = await byTestId('rubric').locator('[role="radiogroup"]').all();
  expect(cells).toHaveLength(scores.length);
  for (const [i, score] of scores.entries()) {
    await e2e.page.keyboard.press(String(score));
    await expect(cells[i]?.getAttribute('data-score')).resolves.toBe(String(score));
  }
}

async function saveAndWaitForReveal() {
  await e2e.page.keyboard.press('Enter');
  await session('revealed').waitFor();
  await byTestId('vote-locked').waitFor();
}

describe('blind rating', () => {
  let firstAssignment = '';
  const responses: Seen[] = [];
  const nextRequests: string[] = [];
  let recording = true;

  it('shows the rater a pair with nothing that reveals who wrote it', async () => {
    e2e.page.on('request', (request) => {
      if (request.method() === 'GET' && new URL(request.url()).pathname === '/v1/ratings/next')
        nextRequests.push(request.url());
      // Recording ends with the vote: its answer is the reveal.
      if (request.method() === 'POST' && request.url().endsWith('/vote')) recording = false;
    });
    e2e.page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      // Data and documents: JSON, text, HTML. The app's own code (which has every label) is not data.
      if (!recording || !/json|text\/(plain|html|event-stream)/.test(type)) return;
      responses.push({ url: response.url(), body: response.text().catch(() => '') });
    });

    await e2e.page.goto(`${e2e.api.baseUrl}/rate`);
    await e2e.page.waitForURL('**/login?**');
    await signIn(e2e.page, RATER);
    await e2e.page.waitForURL('**/rate');
    await session('blind').waitFor();
    await e2e.page.locator('[data-testid="nav-rate"]').waitFor();
    firstAssignment = (await byTestId('rating-session').getAttribute('data-assignment-id')) ?? '';
    expect(firstAssignment).toMatch(/^[0-9a-f-]{36}$/);

    // The brief above, two texts side by side, the rubric of marketing copy, the keys explained.
    await expect(byTestId('rating-brief-title').textContent()).resolves.toBe('Autumn hikes: the trail flask');
    const [left, right] = await Promise.all([
      byTestId('pair-left').boundingBox(),
      byTestId('pair-right').boundingBox(),
    ]);
    expect(left?.y).toBe(right?.y);
    const bodies = await e2e.page.locator('[data-testid="pair-body"]').allTextContents();
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).not.toBe(bodies[1]);
    await expect(
      byTestId('rubric-criterion').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-criterion'))),
    ).resolves.toEqual(['persuasiveness', 'accuracy', 'brand_fit', 'readability']);
    await expect(byTestId('rating-keys').textContent()).resolves.toContain('Left is better');
    await expect(byTestId('rating-save').isDisabled()).resolves.toBe(true);
    // Labelled without saying which text: the notice covers the pair, not a side.
    await expect(byTestId('blind-ai-notice').textContent()).resolves.toContain(
      'Either text may be AI-generated',
    );
    await expect(byTestId('draft-ai-notice').count()).resolves.toBe(0);
    await e2e.page.screenshot({ path: '/tmp/rating/rate-blind.png', fullPage: true });
  });

  it('rates with the keyboard, saves with Enter, and reveals the origins', async () => {
    // Checked as the vote is about to be saved: the page as the rater judged it.
    const shown = await pageContent();

    // 1: left is better; the focus moves on to the rubric, where a digit scores and moves on again.
    await e2e.page.keyboard.press('1');
    await e2e.page.locator('[data-testid="verdict"][data-value="a"]').waitFor();
    const scores = [4, 2, 5, 3, 4, 4, 3, 2];
    const cells = ['persuasiveness', 'accuracy', 'brand_fit', 'readability'].flatMap((c) => [
      `rubric-${c}-left`,
      `rubric-${c}-right`,
    ]);
    for (const [i, score] of scores.entries()) {
      await e2e.page.keyboard.press(String(score));
      await e2e.page.locator(`[data-testid="${cells[i]}"][data-score="${score}"]`).waitFor();
    }
    await expect(byTestId('rating-save').isEnabled()).resolves.toBe(true);

    const prefetched = e2e.page.waitForResponse(
      (response) =>
        response.request().method() === 'GET' && new URL(response.url()).pathname === '/v1/ratings/next',
    );
    const saved = e2e.page.waitForResponse((response) => response.url().endsWith('/vote'));
    const completed = await pageContent();
    await e2e.page.keyboard.press('Enter');
    expect((await saved).ok()).toBe(true);
    await session('revealed').waitFor();

    // Nothing the rater's browser received or showed before the vote tells who or what wrote a text.
    const received = await Promise.all(
      responses.map(async ({ url, body }) => ({
        url,
        // The CSRF token is random base64: it could spell anything.
        body: (await body).replace(/"csrfToken":"[^"]*"/g, '"csrfToken":""'),
      })),
    );
    expect(received.some((r) => r.url.endsWith('/v1/ratings/next'))).toBe(true);
    for (const secret of secrets) {
      const needle = secret.toLowerCase();
      for (const { url, body } of received)
        expect(body.toLowerCase(), `${url} leaks ${secret}`).not.toContain(needle);
      for (const { text, attributes } of [shown, completed]) {
        expect(text.toLowerCase(), `the page shows ${secret}`).not.toContain(needle);
        expect(attributes.toLowerCase(), `the page's attributes hold ${secret}`).not.toContain(needle);
      }
    }
    for (const label of LABELS)
      for (const { text } of [shown, completed]) expect(text, `the page shows ${label}`).not.toContain(label);

    // The reveal: an origin badge on each text, with the model or the author, and the AI notice where due.
    const reveals = byTestId('reveal');
    await expect(reveals.count()).resolves.toBe(2);
    const origins = (await reveals.evaluateAll((nodes) =>
      nodes.map((n) => n.getAttribute('data-origin')),
    )) as DraftOrigin[];
    expect(new Set(origins).size).toBe(2);
    const labels: Record<string, string> = { pgc: 'PGC', ugc: 'UGC', aigc: 'AIGC' };
    for (const [i, origin] of origins.entries()) {
      const reveal = reveals.nth(i);
      await expect(reveal.getByTestId('reveal-origin').textContent()).resolves.toBe(labels[origin]);
      if (origin === 'aigc') {
        await expect(reveal.getByTestId('reveal-model').textContent()).resolves.toContain('template');
        await expect(reveal.getByTestId('draft-ai-notice').textContent()).resolves.toBe('AI-generated');
        await reveal.getByTestId('reveal-rule-based').waitFor();
      } else {
        const author = origin === 'pgc' ? EDITOR.name : CONTRIBUTOR.name;
        await expect(reveal.getByTestId('reveal-author').textContent()).resolves.toContain(author);
      }
    }
    // The vote stays as saved: locked, the verdict and the scores shown but no longer changeable.
    await byTestId('vote-locked').waitFor();
    await byTestId('pair-left').getByTestId('pair-picked').waitFor();
    await expect(e2e.page.getByRole('radio', { name: /Left is better/ }).isChecked()).resolves.toBe(true);
    await expect(e2e.page.getByRole('radio', { name: /Right is better/ }).isDisabled()).resolves.toBe(true);
    await expect(byTestId('rubric-accuracy-right').getAttribute('aria-disabled')).resolves.toBe('true');
    await e2e.page.screenshot({ path: '/tmp/rating/rate-revealed.png', fullPage: true });

    // The next task was asked for as soon as the vote was saved, before anyone asked for it.
    const prefetch = await prefetched;
    expect(prefetch.status()).toBe(200);
    const preloaded = (await prefetch.json()) as { task: { assignmentId: string } | null };
    expect(preloaded.task?.assignmentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(preloaded.task?.assignmentId).not.toBe(firstAssignment);
    expect(nextRequests).toHaveLength(2);

    // N: the preloaded pair shows at once, without another request.
    await e2e.page.keyboard.press('n');
    await e2e.page
      .locator(
        `[data-testid="rating-session"][data-state="blind"][data-assignment-id="${preloaded.task?.assignmentId}"]`,
      )
      .waitFor();
    expect(nextRequests).toHaveLength(2);
    await expect(e2e.page.locator('[data-testid="verdict"]').getAttribute('data-value')).resolves.toBe('');
  });

  it('asks why when both texts are bad, and says when nothing is left to rate', async () => {
    await e2e.page.keyboard.press('4');
    await e2e.page.locator('[data-testid="verdict"][data-value="both_bad"]').waitFor();
    await byTestId('rating-reason').waitFor();
    await expect(byTestId('rating-missing').textContent()).resolves.toContain('a reason');
    await expect(byTestId('rating-save').isDisabled()).resolves.toBe(true);
    await chooseOption(e2e.page, 'rating-reason', { text: 'Off brief' });
    await scoreAll([2, 2, 1, 1, 2, 2, 1, 1]);
    await saveAndWaitForReveal();

    // The third and last pair of the brief: a tie; then the queue is empty.
    await e2e.page.keyboard.press('Enter');
    await session('blind').waitFor();
    await e2e.page.keyboard.press('3');
    await scoreAll([3, 3, 3, 3, 3, 3, 3, 3]);
    await saveAndWaitForReveal();
    await e2e.page.keyboard.press('n');
    await e2e.page.locator('[data-testid="rating-empty"][data-reason="nothingLeft"]').waitFor();
    await expect(byTestId('rating-empty').textContent()).resolves.toContain('Nothing left to rate');
    await e2e.page.screenshot({ path: '/tmp/rating/rate-empty.png', fullPage: true });
  });
});
