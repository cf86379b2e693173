/** How a call that held a slot ended, as far as the provider's load is concerned. */
export type CallOutcome = 'success' | 'rate_limited' | 'other';

export interface ConcurrencySlot {
  /** Frees the slot and feeds the outcome into the limit. Calling it twice is harmless. */
  release(outcome: CallOutcome): void;
}

export class SlotWaitAborted extends Error {
  constructor() {
    super('Stopped waiting for a provider slot.');
  }
}

/**
 * AIMD concurrency limit for calls to one provider in this process: starts at `max`, halves on a 429
 * (at most once per round of calls, so one burst of 429s from calls already in flight counts once),
 * and grows back by one after `growAfter` successes in a row. Callers beyond the limit wait in order.
 */
export class AdaptiveConcurrency {
  private current: number;
  private inFlight = 0;
  private successes = 0;
  /** Bumped by every decrease; a 429 from a call started before the last decrease is old news. */
  private epoch = 0;
  private readonly waiters: { grant: () => void }[] = [];

  constructor(
    readonly max: number,
    private readonly growAfter = 5,
  ) {
    if (!Number.isInteger(max) || max < 1) throw new Error('max concurrency must be a positive integer');
    this.current = max;
  }

  get limit(): number {
    return this.current;
  }

  get active(): number {
    return this.inFlight;
  }

  get waiting(): number {
    return this.waiters.length;
  }

  /** Resolves with a slot once one is free; rejects with SlotWaitAborted if `signal` fires first. */
  acquire(signal?: AbortSignal): Promise<ConcurrencySlot> {
    if (signal?.aborted) return Promise.reject(new SlotWaitAborted());
    if (this.inFlight < this.current && this.waiters.length === 0) return Promise.resolve(this.take());
    return new Promise((resolve, reject) => {
      const waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(this.take());
        },
      };
      const onAbort = () => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new SlotWaitAborted());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  private take(): ConcurrencySlot {
    this.inFlight++;
    const epoch = this.epoch;
    let released = false;
    return {
      release: (outcome) => {
        if (released) return;
        released = true;
        this.inFlight--;
        this.record(outcome, epoch);
        this.wake();
      },
    };
  }

  private record(outcome: CallOutcome, epoch: number): void {
    if (outcome === 'rate_limited') {
      this.successes = 0;
      if (epoch !== this.epoch) return;
      this.current = Math.max(1, Math.floor(this.current / 2));
      this.epoch++;
    } else if (outcome === 'success') {
      if (this.current >= this.max) return;
      if (++this.successes >= this.growAfter) {
        this.current++;
        this.successes = 0;
      }
    }
  }

  private wake(): void {
    while (this.inFlight < this.current && this.waiters.length > 0) this.waiters.shift()!.grant();
  }
}
