import { describe, expect, it } from 'vitest';
import { forEachLimited } from './for-each-limited.js';

/** A promise settled from outside, so the test decides when each item finishes. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('forEachLimited', () => {
  it('never runs more than the limit at once, and runs every item', async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    await forEachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await Promise.resolve();
      running--;
      done.push(n);
    });
    expect(peak).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('starts nothing new after a failure, lets the items in flight settle, then throws', async () => {
    const slow = gate();
    const started: number[] = [];
    let slowFinished = false;
    const run = forEachLimited([1, 2, 3, 4], 2, async (n) => {
      started.push(n);
      if (n === 1) {
        await slow.opened;
        slowFinished = true;
      }
      if (n === 2) throw new Error('two failed');
    });
    let settled = false;
    void run.catch(() => (settled = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(false); // item 1 is still in flight
    slow.open();
    await expect(run).rejects.toThrow('two failed');
    expect(slowFinished).toBe(true);
    expect(started).toEqual([1, 2]);
  });
});
