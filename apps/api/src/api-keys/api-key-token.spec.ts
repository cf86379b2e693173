import { describe, expect, it } from 'vitest';
import { newApiKeyToken, parseApiKeyToken, secretMatches, visiblePrefix } from './api-key-token.js';

describe('API key tokens', () => {
  it('shows a prefix that identifies the key and stores only a hash of the secret', () => {
    const { token, publicId, secretHash } = newApiKeyToken();
    expect(token).toMatch(/^dbk_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(`${visiblePrefix(publicId)}_`)).toBe(true);
    const parsed = parseApiKeyToken(token)!;
    expect(parsed.publicId).toBe(publicId);
    expect(secretHash).not.toContain(parsed.secret);
    expect(secretMatches(parsed.secret, secretHash)).toBe(true);
  });

  it('refuses another secret and tokens that are not keys', () => {
    const first = newApiKeyToken();
    const second = parseApiKeyToken(newApiKeyToken().token)!;
    expect(secretMatches(second.secret, first.secretHash)).toBe(false);
    expect(parseApiKeyToken('dbk_short_secret')).toBeUndefined();
    expect(parseApiKeyToken(`${first.token}x`)).toBeUndefined();
    expect(parseApiKeyToken(first.token.replace('dbk_', 'sk_'))).toBeUndefined();
  });

  it('never hands out the same key twice', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => newApiKeyToken().token));
    expect(tokens.size).toBe(200);
  });
});
