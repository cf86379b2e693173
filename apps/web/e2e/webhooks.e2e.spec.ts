import { createDraftbenchClient, verifyWebhook, type DraftbenchClient } from '@draftbench/client';
import { WEBHOOK_SIGNATURE_HEADER } from '@draftbench/contracts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './support/harness';
import { signIn } from './support/session';

const LEAD = { email: 'wanda@e2e.draftbench.test', password: 'lead-password-1', name: 'Wanda Lead' };

interface Hit {
  body: string;
  signature: string;
}

/** The customer's service: answers its first delivery with 500, every later one with 200. */
async function startReceiver() {
  const hits: Hit[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      hits.push({ body, signature: String(request.headers[WEBHOOK_SIGNATURE_HEADER.toLowerCase()]) });
      response.writeHead(hits.length === 1 ? 500 : 200).end();
      for (const waiter of waiters.filter((w) => w.count === hits.length)) waiter.resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/draftbench`,
    hits,
    received: (count: number) =>
      hits.length >= count
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.push({ count, resolve })),
    close: () => new Promise<void>((resolve) => server.close(() => resolve()).closeAllConnections()),
  };
}

let e2e: E2E;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let lead: DraftbenchClient;
let secret = '';
let jobId = '';

beforeAll(async () => {
  receiver = await startReceiver();
  e2e = await startE2E({
    WEBHOOK_ALLOWED_ADDRESSES: '127.0.0.1',
    WEBHOOK_BACKOFF_MS: '50',
    WEBHOOK_ATTEMPTS: '3',
    TEMPLATE_CHUNK_DELAY_MS: '0',
  });
  await e2e.admin.users.create({
    email: LEAD.email,
    displayName: LEAD.name,
    password: LEAD.password,
    roles: ['lead'],
  });
  lead = createDraftbenchClient({ baseUrl: e2e.api.baseUrl });
  await lead.auth.login(LEAD);
});

afterAll(async () => {
  await e2e?.close();
  await receiver?.close();
});

const byTestId = (id: string) => e2e.page.getByTestId(id);
const deliveryRow = () => e2e.page.locator(`[data-testid="webhook-delivery-row"][data-job="${jobId}"]`);

describe('Settings → Webhooks', () => {
  it('registers an endpoint and shows its signing secret once', async () => {
    await e2e.page.goto(`${e2e.api.baseUrl}/settings/webhooks`);
    await signIn(e2e.page, LEAD);
    await byTestId('webhook-endpoint-table').waitFor();

    await byTestId('new-webhook-button').click();
    await byTestId('webhook-url').fill(receiver.url);
    await byTestId('webhook-description').fill('CMS import');
    await byTestId('webhook-form-submit').click();

    await byTestId('webhook-secret-modal').waitFor();
    secret = (await byTestId('webhook-secret').innerText()).trim();
    expect(secret).toMatch(/^whsec_[\w-]{43}$/);
    await byTestId('webhook-secret-done').click();
    await byTestId('webhook-secret-modal').waitFor({ state: 'detached' });

    const row = e2e.page.locator(`[data-testid="webhook-endpoint-row"][data-url="${receiver.url}"]`);
    await row.locator('[data-status="active"]').waitFor();
    const events = await row.locator('[data-event]').evaluateAll((tags) => tags.map((t) => t.dataset.event));
    expect(events).toEqual(['job.succeeded', 'job.failed', 'job.refused', 'job.cancelled']);
    expect(await e2e.page.content()).not.toContain(secret);
  });

  it('logs a retried delivery with each attempt’s status and latency, and the receiver can verify it', async () => {
    const brief = await lead.briefs.create({
      contentType: 'marketing_copy',
      language: 'en',
      title: 'Webhook brief',
      targetLength: 60,
      fields: { productName: 'Kettle', category: 'Kitchen', sellingPoints: ['Boils fast'] },
    });
    jobId = (await lead.jobs.create({ briefId: brief.id, provider: 'template' })).id;
    await receiver.received(2);
    const event = await verifyWebhook(receiver.hits[1]!.body, receiver.hits[1]!.signature, secret);
    expect(event).toMatchObject({ type: 'job.succeeded', data: { job: { id: jobId } } });

    await e2e.page.reload();
    await deliveryRow().locator('[data-state="succeeded"]').waitFor();
    await expect(deliveryRow().getByTestId('webhook-delivery-attempts').innerText()).resolves.toBe('2');
    await deliveryRow().locator('.ant-table-row-expand-icon').click();
    await byTestId('webhook-attempt-row').nth(1).waitFor();
    const statuses = await byTestId('webhook-attempt-status').allInnerTexts();
    expect(statuses).toEqual(['500', '200']);
    for (const latency of await byTestId('webhook-attempt-latency').allInnerTexts())
      expect(latency).toMatch(/\d+(\.\d)? ?(ms|s)$/);
  });

  it('redelivers with the same event id, and the log grows by an attempt', async () => {
    await deliveryRow().getByTestId('webhook-redeliver').click();
    await receiver.received(3);
    const [first, again] = await Promise.all(
      [receiver.hits[1]!, receiver.hits[2]!].map((hit) => verifyWebhook(hit.body, hit.signature, secret)),
    );
    expect(again!.id).toBe(first!.id);
    await deliveryRow().locator('[data-state="succeeded"]').waitFor();
    await byTestId('webhook-attempt-row').nth(2).waitFor();
    await expect(byTestId('webhook-attempt-status').allInnerTexts()).resolves.toEqual(['500', '200', '200']);
  });

  it('disables the endpoint, and speaks Chinese too', async () => {
    await byTestId('webhook-endpoint-disable').click();
    await byTestId('webhook-endpoint-disable-confirm').click();
    await byTestId('webhook-endpoint-status').and(e2e.page.locator('[data-status="disabled"]')).waitFor();
    await byTestId('language-zh-CN').click();
    await e2e.page.getByRole('heading', { name: '投递记录' }).waitFor();
    await expect(byTestId('webhook-endpoint-status').innerText()).resolves.toBe('已停用');
    await byTestId('language-en').click();
  });
});
