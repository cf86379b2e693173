import { verifyWebhook, WebhookSignatureError } from '@draftbench/client';
import { type WebhookEvent } from '@draftbench/contracts';
import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signatureHeader } from './webhook-signature.js';

const event: WebhookEvent = {
  id: '2f0c1b7e-6d2a-4c51-9a8e-3b4d5e6f7a81',
  type: 'job.cancelled',
  createdAt: '2026-11-28T12:00:00.000Z',
  data: {
    job: {
      id: '7a1e2d3c-4b5a-4f69-8e7d-6c5b4a392817',
      briefId: '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9',
      provider: 'template',
      model: 'rule-based',
      promptTemplate: 'builtin/marketing_copy.en@1',
      variants: 1,
      parameters: {},
      state: 'cancelled',
      attempts: 0,
      error: null,
      usage: null,
      costUsd: null,
      createdAt: '2026-11-28T11:59:58.000Z',
      startedAt: null,
      finishedAt: '2026-11-28T12:00:00.000Z',
      createdBy: null,
      apiKeyId: null,
      idempotencyKey: 'order-1042 – 订单',
      refusal: null,
      drafts: [],
    },
  },
};
const body = JSON.stringify(event);
const t = 1_795_000_000;
const now = t * 1000;

/** The reason verifyWebhook gives for refusing the delivery. */
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: unknown) => (error instanceof WebhookSignatureError ? error.reason : String(error)),
  );

describe('webhook signatures: the server signs, the client package verifies', () => {
  const secret = newWebhookSecret();

  it('makes whsec_ secrets of 256 random bits', () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it('round-trips: verifyWebhook accepts the header and returns the event', async () => {
    const header = signatureHeader(secret, body, t);
    expect(header).toMatch(/^t=1795000000,v1=[0-9a-f]{64}$/);
    await expect(verifyWebhook(body, header, secret, { now })).resolves.toEqual(event);
    // The raw bytes as a receiver reads them off the socket verify too (non-ASCII text included).
    await expect(verifyWebhook(new TextEncoder().encode(body), header, secret, { now })).resolves.toEqual(
      event,
    );
  });

  it('is refused for a tampered body, another secret, or another timestamp', async () => {
    const header = signatureHeader(secret, body, t);
    await expect(
      refusal(verifyWebhook(body.replace('cancelled', 'succeeded'), header, secret, { now })),
    ).resolves.toBe('mismatch');
    await expect(refusal(verifyWebhook(body, header, newWebhookSecret(), { now }))).resolves.toBe('mismatch');
    const moved = header.replace(`t=${t}`, `t=${t + 1}`);
    await expect(refusal(verifyWebhook(body, moved, secret, { now }))).resolves.toBe('mismatch');
  });

  it('is refused when the signature is older (or further ahead) than the tolerance', async () => {
    const header = signatureHeader(secret, body, t);
    await expect(refusal(verifyWebhook(body, header, secret, { now: now + 301_000 }))).resolves.toBe('stale');
    await expect(refusal(verifyWebhook(body, header, secret, { now: now - 301_000 }))).resolves.toBe('stale');
    await expect(
      refusal(verifyWebhook(body, header, secret, { now: now + 3_600_000, toleranceSeconds: 7200 })),
    ).resolves.toBe('accepted');
  });
});
