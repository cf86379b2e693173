import { describe, expect, it } from 'vitest';
import { KeyedLock } from './keyed-lock.js';

describe('KeyedLock', () => {
  it('lets callers of one key take turns in arrival order, and other keys run at once', async () => {
    const lock = new KeyedLock();
    const order: string[] = [];
    const first = (await lock.acquire('a', 1000))!;
    const second = lock.acquire('a', 1000).then((release) => {
      order.push('a2');
      release!();
    });
    const other = lock.acquire('b', 1000).then((release) => {
      order.push('b');
      release!();
    });
    await other;
    order.push('a1');
    first();
    await second;
    expect(order).toEqual(['b', 'a1', 'a2']);
  });

  it('gives up after the timeout without holding up the callers behind it', async () => {
    const lock = new KeyedLock();
    const holder = (await lock.acquire('a', 1000))!;
    const gaveUp = lock.acquire('a', 10);
    const next = lock.acquire('a', 5000);
    await expect(gaveUp).resolves.toBeUndefined();
    holder();
    const release = await next;
    expect(release).toBeTypeOf('function');
    release!();
  });
});
