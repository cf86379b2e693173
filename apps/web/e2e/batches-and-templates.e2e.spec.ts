import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption } from './support/select';
import { startE2E, type E2E } from './support/harness';
import { ADMIN, signIn } from './support/session';

const BRIEF_TITLE = 'Preview target: the cedar lamp';
const SENTENCE = 'Close with the words Cedar Lamp Promise.';

// Five briefs; the third (line 4) starts its title with `=`, which spreadsheets run as a formula.
const CSV = [
  'content_type,language,title,target_length,product_name,category,selling_points',
  'marketing_copy,en,Batch row one,60,Oak Shelf,Furniture,Solid oak',
  'marketing_copy,en,Batch row two,60,Pine Stool,Furniture,Light pine',
  'marketing_copy,en,"=HYPERLINK(""http://evil.example"")",60,Ash Table,Furniture,Ash top',
  'marketing_copy,en,Batch row four,60,Elm Bench,Furniture,"Seats three\nElm grain"',
  'marketing_copy,en,Batch row five,60,Birch Desk,Furniture,Birch veneer',
].join('\n');

let e2e: E2E;
let briefId = '';
let newVersion = 0;

beforeAll(async () => {
  e2e = await startE2E();
  // The brief to preview against, made through the API: the brief form is another file's subject.
  const brief = await e2e.admin.briefs.create({
    contentType: 'marketing_copy',
    language: 'en',
    title: BRIEF_TITLE,
    targetLength: 80,
    fields: { productName: 'Cedar Lamp', category: 'Lighting', sellingPoints: ['Warm light'] },
  });
  briefId = brief.id;
});

afterAll(() => e2e?.close());

const byTestId = (id: string) => e2e.page.getByTestId(id);
/** Full-page screenshots for a person to look at, when E2E_SCREENSHOT_DIR names a folder. */
const screenshot = async (name: string) => {
  const dir = process.env.E2E_SCREENSHOT_DIR;
  if (dir) await e2e.page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
};
const aidaEn = () =>
  e2e.page.locator('[data-testid="template-group"][data-key="marketing_copy.aida"][data-language="en"]');

describe('batches', () => {
  it('uploads a CSV: four rows accepted, the formula row rejected by line, jobs run to the end', async () => {
    await e2e.page.goto(`${e2e.api.baseUrl}/batches`);
    await e2e.page.waitForURL('**/login?from=%2Fbatches');
    await signIn(e2e.page, ADMIN);
    await byTestId('batch-upload-form').waitFor();
    await expect(byTestId('batch-example-csv').getAttribute('href')).resolves.toBe('/examples/briefs.csv');

    await e2e.page.locator('[data-testid="batch-upload-form"] input[type="file"]').setInputFiles({
      name: 'five-briefs.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    await e2e.page.locator('.ant-upload-list').getByText('five-briefs.csv').waitFor();
    await byTestId('batch-submit').click();

    await e2e.page.waitForURL(/\/batches\/[0-9a-f-]{36}$/);
    await e2e.page.locator('[data-testid="batch-accepted"][data-count="4"]').waitFor();
    await e2e.page.locator('[data-testid="batch-rejected"][data-count="1"]').waitFor();
    const rejected = byTestId('rejected-row');
    expect(await rejected.count()).toBe(1);
    await expect(rejected.getAttribute('data-line')).resolves.toBe('4');
    await expect(rejected.getAttribute('data-path')).resolves.toBe('title');
    await expect(rejected.textContent()).resolves.toContain('formula');
    await expect(byTestId('batch-encoding').textContent()).resolves.toMatch(/utf-8/i);

    await e2e.page.locator('[data-testid="batch-progress"][data-done="true"]').waitFor();
    await expect(byTestId('batch-count-succeeded').getAttribute('data-count')).resolves.toBe('4');
    await expect(byTestId('batch-progress-text').textContent()).resolves.toContain('4 of 4 jobs finished');
    await screenshot('batch-page');

    await byTestId('nav-batches').click();
    await byTestId('batch-link').first().waitFor();
  });
});

describe('prompt templates', () => {
  it('opens Settings → Prompt templates from the navigation', async () => {
    await byTestId('nav-settings').hover();
    await byTestId('nav-settings-templates').click();
    await e2e.page.waitForURL('**/settings/templates');
    await aidaEn().waitFor();
  });

  it('shows the API’s problems on the fields, then saves a new version with an extra sentence', async () => {
    const production = Number(
      await aidaEn().getByTestId('group-label-production').getAttribute('data-version'),
    );
    await aidaEn().getByTestId('template-new-version').click();
    await byTestId('template-editor').waitFor();
    const system = await byTestId('template-system').inputValue();
    const user = await byTestId('template-user').inputValue();
    expect(user).toContain('{{ brief_data }}');

    // The brief data must be in the user message: the API says so on that field.
    await byTestId('template-user').fill('Write the copy.');
    await byTestId('template-editor-submit').click();
    const userError = e2e.page.locator('.ant-form-item-has-error').filter({ has: byTestId('template-user') });
    await userError.locator('.ant-form-item-explain-error').first().waitFor();
    await expect(userError.textContent()).resolves.toContain('brief_data');

    await byTestId('template-user').fill(user);
    await byTestId('template-system').fill(`${system}\n\n${SENTENCE}`);
    await byTestId('template-description').fill('Adds a closing sentence');
    await byTestId('template-editor-submit').click();
    await byTestId('template-editor').waitFor({ state: 'detached' });

    // The new version is selected, and its text shows the sentence.
    const detail = byTestId('template-detail');
    await detail.waitFor();
    newVersion = Number(await detail.getAttribute('data-version'));
    expect(newVersion).toBeGreaterThan(production);
    await expect(byTestId('template-system-text').textContent()).resolves.toContain(SENTENCE);
  });

  it('moves staging to the new version', async () => {
    const row = aidaEn().locator(`[data-testid="template-version-row"][data-version="${newVersion}"]`);
    await row.getByTestId('move-label-staging').click();
    await e2e.page.locator('.ant-popover:visible').getByTestId('move-label-confirm').click();
    await aidaEn().locator(`[data-testid="group-label-staging"][data-version="${newVersion}"]`).waitFor();
    await row.locator('[data-testid="template-label"][data-label="staging"]').waitFor();
  });

  it('previews the new version against a brief, with the brief data set apart', async () => {
    await byTestId('template-tab-preview').click();
    await chooseOption(e2e.page, 'preview-brief', { text: BRIEF_TITLE });
    await byTestId('preview-render').click();
    await byTestId('preview-result').waitFor();
    await expect(byTestId('preview-template-id').textContent()).resolves.toBe(
      `marketing_copy.aida.en@${newVersion}`,
    );
    await expect(byTestId('preview-system').textContent()).resolves.toContain(SENTENCE);
    const data = await byTestId('brief-data').textContent();
    expect(data).toMatch(/^<brief>[\s\S]*<\/brief>$/);
    expect(data).toContain(BRIEF_TITLE);
    await screenshot('templates-page');
  });

  it('generates with the staging template from the brief page', async () => {
    await e2e.page.goto(`${e2e.api.baseUrl}/briefs/${briefId}`);
    // Once the versions have loaded, the staging option names the version it points at.
    await chooseOption(e2e.page, 'generate-template', { text: `staging · Version ${newVersion}` });
    await expect(byTestId('generate-template').textContent()).resolves.toContain('staging');
    await byTestId('generate-launch').click();
    await e2e.page
      .locator('[data-testid="live-job"] [data-testid="job-state"][data-state="succeeded"]')
      .waitFor();
    const jobs = await e2e.admin.jobs.list({ briefId });
    expect(jobs.items[0]?.promptTemplate).toBe(`marketing_copy.aida.en@${newVersion}`);
  });
});
