import { WebhookEvent } from '@draftbench/contracts';

export type WebhookFailure = 'missing' | 'malformed' | 'stale' | 'mismatch';

/** The delivery is not provably from Draftbench: answer it with 400 and do not act on it. */
export class WebhookSignatureError extends Error {
  override readonly name = 'WebhookSignatureError';
  constructor(
    readonly reason: WebhookFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface VerifyOptions {
  /** Oldest and furthest-ahead signature time accepted, in seconds. Default 300. */
  toleranceSeconds?: number;
  /** Current time in ms (tests). */
  now?: number;
}

const encoder = new TextEncoder();

/**
 * Checks the `Draftbench-Signature` header against the raw body (exactly the bytes received, before any
 * JSON parsing) and returns the parsed event. Web Crypto does the HMAC and its constant-time comparison,
 * so this runs in Node 20+ and in browsers alike.
 */
export async function verifyWebhook(
  rawBody: string | Uint8Array,
  header: string | null | undefined,
  secret: string,
  options: VerifyOptions = {},
): Promise<WebhookEvent> {
  if (!header) throw new WebhookSignatureError('missing', 'The Draftbench-Signature header is missing.');
  const parts = header.split(',').map((part) => part.trim().split('='));
  const timestamp = parts.find(([key]) => key === 't')?.[1];
  const signatures = parts.filter(([key, value]) => key === 'v1' && /^[0-9a-f]{64}$/i.test(value ?? ''));
  if (!timestamp || !/^\d+$/.test(timestamp) || !signatures.length)
    throw new WebhookSignatureError('malformed', 'The Draftbench-Signature header is not t=<time>,v1=<hex>.');
  const tolerance = options.toleranceSeconds ?? 300;
  const age = (options.now ?? Date.now()) / 1000 - Number(timestamp);
  if (Math.abs(age) > tolerance)
    throw new WebhookSignatureError(
      'stale',
      `The signature is ${Math.round(Math.abs(age))} s from now, more than the ${tolerance} s allowed.`,
    );
  const body = typeof rawBody === 'string' ? encoder.encode(rawBody) : rawBody;
  const key = await hmacKey(secret, ['verify']);
  const signed = concat(encoder.encode(`${timestamp}.`), body);
  for (const [, hex] of signatures) {
    if (await crypto.subtle.verify('HMAC', key, fromHex(hex!), signed))
      return WebhookEvent.parse(JSON.parse(new TextDecoder().decode(body)));
  }
  throw new WebhookSignatureError('mismatch', 'The signature does not match the body and secret.');
}

/** The header value Draftbench sends for `rawBody` at `timestamp` (unix seconds): for tests and tools. */
export async function signWebhook(rawBody: string, secret: string, timestamp: number): Promise<string> {
  const key = await hmacKey(secret, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`${timestamp}.${rawBody}`));
  return `t=${timestamp},v1=${toHex(new Uint8Array(mac))}`;
}

const hmacKey = (secret: string, usages: KeyUsage[]) =>
  crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, usages);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g)!, (byte) => parseInt(byte, 16));
const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
