import { type WebhookEvent } from '@draftbench/contracts';
import { describe, expect, it } from 'vitest';
import { draft, job, withDrafts } from './testing/fixtures.js';
import { signWebhook, verifyWebhook, WebhookSignatureError } from './webhooks.js';

const event: WebhookEvent = {
  id: '9d3f6a2b-1c4e-4f5a-8b7c-0e1d2c3b4a59',
  type: 'job.succeeded',
  createdAt: '2026-11-28T12:00:00.000Z',
  data: { job: withDrafts(job({ state: 'succeeded' }), [draft(1)]) },
};
const body = JSON.stringify(event);
const secret = 'whsec_test_0123456789';
const t = 1_795_000_000;
const now = t * 1000;

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookSignatureError);
  return (error as WebhookSignatureError).reason;
}

describe('webhook signatures', () => {
  it('round-trips: a signed body verifies and parses into the event', async () => {
    const header = await signWebhook(body, secret, t);
    expect(header).toMatch(/^t=1795000000,v1=[0-9a-f]{64}$/);
    await expect(verifyWebhook(body, header, secret, { now })).resolves.toEqual(event);
    await expect(verifyWebhook(new TextEncoder().encode(body), header, secret, { now })).resolves.toEqual(
      event,
    );
  });

  it('refuses a tampered body, another secret, a missing or malformed header', async () => {
    const header = await signWebhook(body, secret, t);
    expect(await failure(verifyWebhook(body.replace('succeeded', 'failed'), header, secret, { now }))).toBe(
      'mismatch',
    );
    expect(await failure(verifyWebhook(body, header, 'another secret', { now }))).toBe('mismatch');
    expect(await failure(verifyWebhook(body, undefined, secret, { now }))).toBe('missing');
    expect(await failure(verifyWebhook(body, 'v1=abc', secret, { now }))).toBe('malformed');
  });

  it('refuses a stale or future timestamp outside the tolerance, and accepts one inside it', async () => {
    const old = await signWebhook(body, secret, t - 301);
    expect(await failure(verifyWebhook(body, old, secret, { now }))).toBe('stale');
    const ahead = await signWebhook(body, secret, t + 301);
    expect(await failure(verifyWebhook(body, ahead, secret, { now }))).toBe('stale');
    await expect(verifyWebhook(body, old, secret, { now, toleranceSeconds: 600 })).resolves.toEqual(event);
  });

  it('accepts any one matching v1 while a secret rotates', async () => {
    const current = await signWebhook(body, secret, t);
    const previous = await signWebhook(body, 'the old secret', t);
    const header = `${previous},v1=${current.split('v1=')[1]}`;
    await expect(verifyWebhook(body, header, secret, { now })).resolves.toEqual(event);
  });
});
