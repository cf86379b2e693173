import { describe, expect, it } from 'vitest';
import { AdaptiveConcurrency, SlotWaitAborted, type ConcurrencySlot } from './adaptive-concurrency.js';

const settled = async <T>(promise: Promise<T>) => {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

async function take(gate: AdaptiveConcurrency, n: number): Promise<ConcurrencySlot[]> {
  return Promise.all(Array.from({ length: n }, () => gate.acquire()));
}

describe('AdaptiveConcurrency', () => {
  it('lets up to max calls run and queues the rest in order', async () => {
    const gate = new AdaptiveConcurrency(2);
    const [a, b] = await take(gate, 2);
    const order: string[] = [];
    const third = gate.acquire().then((slot) => (order.push('third'), slot));
    const fourth = gate.acquire().then((slot) => (order.push('fourth'), slot));
    expect(await settled(third)).toBe(false);
    expect(gate.waiting).toBe(2);
    a!.release('success');
    (await third).release('success');
    b!.release('success');
    await fourth;
    expect(order).toEqual(['third', 'fourth']);
  });

  it('halves on a 429, once for a burst of calls that were already in flight', async () => {
    const gate = new AdaptiveConcurrency(8);
    const slots = await take(gate, 8);
    for (const slot of slots.slice(0, 4)) slot.release('rate_limited');
    expect(gate.limit).toBe(4);
    // A call started after the decrease that is refused again halves again.
    for (const slot of slots.slice(4)) slot.release('other');
    const [next] = await take(gate, 1);
    next!.release('rate_limited');
    expect(gate.limit).toBe(2);
  });

  it('never goes below one', async () => {
    const gate = new AdaptiveConcurrency(2);
    for (let i = 0; i < 5; i++) (await gate.acquire()).release('rate_limited');
    expect(gate.limit).toBe(1);
  });

  it('grows back by one after a run of successes, up to max, and a 429 restarts the run', async () => {
    const gate = new AdaptiveConcurrency(4, 3);
    (await gate.acquire()).release('rate_limited');
    expect(gate.limit).toBe(2);
    for (let i = 0; i < 2; i++) (await gate.acquire()).release('success');
    (await gate.acquire()).release('other'); // neither grows nor resets the run
    expect(gate.limit).toBe(2);
    (await gate.acquire()).release('success');
    expect(gate.limit).toBe(3);
    for (let i = 0; i < 2; i++) (await gate.acquire()).release('success');
    (await gate.acquire()).release('rate_limited');
    expect(gate.limit).toBe(1);
    for (let i = 0; i < 9; i++) (await gate.acquire()).release('success');
    expect(gate.limit).toBe(4);
    for (let i = 0; i < 9; i++) (await gate.acquire()).release('success');
    expect(gate.limit).toBe(4);
  });

  it('a smaller limit holds new callers until enough calls finish', async () => {
    const gate = new AdaptiveConcurrency(4);
    const slots = await take(gate, 4);
    slots[0]!.release('rate_limited'); // limit 2, three still running
    const waiting = gate.acquire();
    slots[1]!.release('success');
    expect(await settled(waiting)).toBe(false);
    slots[2]!.release('success');
    expect(await settled(waiting)).toBe(true);
    expect(gate.active).toBe(2);
  });

  it('a waiter whose signal fires leaves the queue', async () => {
    const gate = new AdaptiveConcurrency(1);
    const [slot] = await take(gate, 1);
    const controller = new AbortController();
    const waiting = gate.acquire(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(SlotWaitAborted);
    expect(gate.waiting).toBe(0);
    slot!.release('success');
    slot!.release('success'); // twice is harmless
    expect(gate.active).toBe(0);
  });
});
