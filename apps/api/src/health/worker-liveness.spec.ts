import { describe, expect, it } from 'vitest';
import { WorkerLiveness } from './worker-liveness.js';

const T0 = 1_000_000;

describe('WorkerLiveness', () => {
  it('stays live while nothing waits, however long the worker idles', () => {
    const liveness = new WorkerLiveness(2, 1000, T0);
    expect(liveness.assess({ waiting: 0, heldBack: false }, T0 + 60_000)).toEqual({ live: true });
  });

  it('fails once jobs have waited the stall time while the worker took none', () => {
    const liveness = new WorkerLiveness(2, 1000, T0);
    // The first probe that sees a backlog starts the clock, even after a long idle spell.
    expect(liveness.assess({ waiting: 5, heldBack: false }, T0 + 60_000).live).toBe(true);
    expect(liveness.assess({ waiting: 5, heldBack: false }, T0 + 60_999).live).toBe(true);
    const verdict = liveness.assess({ waiting: 5, heldBack: false }, T0 + 61_000);
    expect(verdict).toMatchObject({ live: false });
    expect(!verdict.live && verdict.reason).toMatch(/5 jobs are waiting .* 2 free slots/);
  });

  it('stays live while the worker keeps taking jobs', () => {
    const liveness = new WorkerLiveness(2, 1000, T0);
    liveness.assess({ waiting: 5, heldBack: false }, T0);
    liveness.pickedUp(T0 + 900);
    liveness.settled();
    expect(liveness.assess({ waiting: 5, heldBack: false }, T0 + 1800).live).toBe(true);
    expect(liveness.assess({ waiting: 5, heldBack: false }, T0 + 1900).live).toBe(false);
  });

  it('stays live when every slot is busy or the queue holds jobs back on purpose', () => {
    const busy = new WorkerLiveness(1, 1000, T0);
    busy.pickedUp(T0);
    busy.assess({ waiting: 3, heldBack: false }, T0);
    expect(busy.assess({ waiting: 3, heldBack: false }, T0 + 10_000).live).toBe(true);

    const limited = new WorkerLiveness(1, 1000, T0);
    limited.assess({ waiting: 3, heldBack: true }, T0);
    expect(limited.assess({ waiting: 3, heldBack: true }, T0 + 10_000).live).toBe(true);
    // The clock restarts when the hold ends.
    expect(limited.assess({ waiting: 3, heldBack: false }, T0 + 10_001).live).toBe(true);
  });
});
