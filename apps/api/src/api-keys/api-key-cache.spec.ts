import { describe, expect, it } from 'vitest';
import { ApiKeyCache } from './api-key-cache.js';

describe('ApiKeyCache', () => {
  const clock = () => {
    let now = 1_000;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it('keeps a value for its TTL, then forgets it', () => {
    const time = clock();
    const cache = new ApiKeyCache<string>(5_000, 10, time.now);
    cache.set('a', 'key a');
    time.advance(4_999);
    expect(cache.get('a')).toBe('key a');
    time.advance(1);
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets one value or all of them at once', () => {
    const cache = new ApiKeyCache<string>(5_000);
    cache.set('a', 'key a');
    cache.set('b', 'key b');
    cache.forget('a');
    expect([cache.get('a'), cache.get('b')]).toEqual([undefined, 'key b']);
    cache.clear();
    expect(cache.get('b')).toBeUndefined();
  });

  it('holds at most maxEntries, dropping the one stored longest ago', () => {
    const cache = new ApiKeyCache<string>(5_000, 2);
    cache.set('a', 'key a');
    cache.set('b', 'key b');
    cache.set('a', 'key a again');
    cache.set('c', 'key c');
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['key a again', undefined, 'key c']);
  });

  it('stores nothing with a TTL of 0', () => {
    const cache = new ApiKeyCache<string>(0);
    cache.set('a', 'key a');
    expect(cache.get('a')).toBeUndefined();
  });
});
