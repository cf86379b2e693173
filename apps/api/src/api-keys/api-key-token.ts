import { API_KEY_PREFIX } from '@draftbench/contracts';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PUBLIC_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const PUBLIC_ID_LENGTH = 8;
/** 32 random bytes: 256 bits, so a fast hash is as safe to store as a slow one would be. */
const SECRET_BYTES = 32;
const TOKEN_PATTERN = new RegExp(`^${API_KEY_PREFIX}([a-z0-9]{${PUBLIC_ID_LENGTH}})_([A-Za-z0-9_-]{43})$`);

export interface NewApiKeyToken {
  /** `dbk_<publicId>_<secret>`: what the caller sends, shown once. */
  token: string;
  publicId: string;
  secretHash: string;
}

export const visiblePrefix = (publicId: string) => `${API_KEY_PREFIX}${publicId}`;

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('base64url');

export function newApiKeyToken(): NewApiKeyToken {
  const publicId = Array.from(
    randomBytes(PUBLIC_ID_LENGTH),
    (byte) => PUBLIC_ID_ALPHABET[byte % PUBLIC_ID_ALPHABET.length],
  ).join('');
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  return { token: `${visiblePrefix(publicId)}_${secret}`, publicId, secretHash: hashSecret(secret) };
}

/** The public id and secret of a presented key; undefined when it is not shaped like one of ours. */
export function parseApiKeyToken(token: string): { publicId: string; secret: string } | undefined {
  const match = TOKEN_PATTERN.exec(token);
  return match ? { publicId: match[1]!, secret: match[2]! } : undefined;
}

/** Constant-time: how much of a guessed secret matched must not show in the answer time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret));
  const stored = Buffer.from(storedHash);
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
