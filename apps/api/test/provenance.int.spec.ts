import { type DraftbenchClient } from '@draftbench/client';
import { OPERATIONS, PROVENANCE_NOTICES, type Draft } from '@draftbench/contracts';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { copyBrief } from './support/fixtures.js';
import { ADMIN, rawLogin, startTestApp, type TestApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Every property name a request body schema accepts, at any depth. */
function propertyNames(schema: z.ZodType): string[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  const names: string[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const properties = (node as { properties?: Record<string, unknown> }).properties;
    if (properties) names.push(...Object.keys(properties));
    Object.values(node).forEach(walk);
  };
  walk(json);
  return names;
}

describe('provenance labels', () => {
  let db: TestDatabase;
  let app: TestApp;
  let client: DraftbenchClient;
  let aiDraft: Draft;
  let briefId: string;

  beforeAll(async () => {
    db = await createTestDatabase('provenance');
    app = await startTestApp({ DATABASE_URL: db.url, HUMAN_EDIT_THRESHOLD: '0.3' });
    client = app.client;
    const brief = await client.briefs.create({
      ...copyBrief('zh', 60),
      title: '<script>alert("x")</script> 新品',
    });
    briefId = brief.id;
    const job = await client.jobs.create({ briefId });
    for await (const event of client.jobs.stream(job.id))
      if (event.type === 'result') aiDraft = event.job.drafts[0]!;
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('gives every AI draft its metadata: label, notice, model, template version, time and the hash of its text', async () => {
    const job = await client.jobs.get(aiDraft.jobId!);
    expect(aiDraft.provenance).toEqual({
      contentId: aiDraft.id,
      origin: 'aigc',
      label: 'ai_generated',
      notice: PROVENANCE_NOTICES.ai_generated,
      provider: 'template',
      model: job.model,
      ruleBased: true,
      templateVersion: job.promptTemplate,
      humanEditShare: null,
      createdAt: aiDraft.createdAt,
      sha256: sha256(aiDraft.body),
    });
    const listed = (await client.briefs.drafts(briefId)).find((d) => d.id === aiDraft.id);
    expect(listed?.provenance).toEqual(aiDraft.provenance);
  });

  it('labels an AI-assisted draft by its human edit share, and keeps the template it came from', async () => {
    const light = await client.drafts.startAssistedEdit(aiDraft.id, {
      body: `${aiDraft.body}。`,
      activeSeconds: 5,
    });
    expect(light.provenance).toMatchObject({ label: 'ai_generated', origin: 'ai_assisted' });
    expect(light.provenance.templateVersion).toBe(aiDraft.provenance.templateVersion);
    const heavy = await client.drafts.saveAssistedEdit(light.id, {
      body: '完全由编辑重新写过的一段文字，和原来的草稿几乎没有相同之处。',
      activeSeconds: 60,
    });
    expect(heavy.provenance).toMatchObject({
      label: 'ai_assisted_human_edited',
      notice: PROVENANCE_NOTICES.ai_assisted_human_edited,
      sha256: sha256(heavy.body),
    });
  });

  it('offers no way to strip a label: no request body has such a field, and one sent anyway changes nothing', async () => {
    expect(propertyNames(OPERATIONS.createBrief.body)).toContain('sellingPoints');
    for (const [id, operation] of Object.entries(OPERATIONS)) {
      if (!('body' in operation)) continue;
      expect(propertyNames(operation.body), id).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/provenance|notice|aiGenerated|origin/i)]),
      );
    }
    const session = await rawLogin(app.url, ADMIN.email, ADMIN.password);
    const response = await fetch(`${app.url}/v1/drafts/${aiDraft.id}/assisted-edits`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
      },
      body: JSON.stringify({
        body: `${aiDraft.body}！`,
        activeSeconds: 1,
        provenance: { label: 'human', notice: null },
        origin: 'pgc',
      }),
    });
    const created = (await response.json()) as Draft;
    expect(created.provenance).toMatchObject({ label: 'ai_generated', origin: 'ai_assisted' });
  });

  it('exports SFT records with the notice and the hash of the exported text', async () => {
    const records = [];
    for await (const record of client.exports.sft({ format: 'prompt_completion' })) records.push(record);
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      const metadata = record.metadata as Record<string, unknown>;
      expect(metadata.sha256).toBe(sha256(record.completion as string));
      expect(metadata.ai_notice).not.toBeNull();
      expect(metadata.template_version).toBe(aiDraft.provenance.templateVersion);
    }
  });

  it('writes an HTML page with the notice in the text, meta tags and the manifest, and no live markup from the brief', async () => {
    const session = await rawLogin(app.url, ADMIN.email, ADMIN.password);
    const response = await fetch(`${app.url}/v1/drafts/${aiDraft.id}/export.html`, {
      headers: { cookie: session.cookie },
    });
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain(`【${PROVENANCE_NOTICES.ai_generated.zh}】`);
    expect(html).toContain('<meta name="draftbench:provenance" content="ai_generated">');
    expect(html).toContain(`<meta name="draftbench:sha256" content="${aiDraft.provenance.sha256}">`);
    const manifest = /<script type="application\/json" id="draftbench-provenance">(.*)<\/script>/.exec(
      html,
    )?.[1];
    expect(JSON.parse(manifest!)).toEqual(aiDraft.provenance);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });
});
