export interface Backlog {
  /** Jobs ready to run now (not delayed). */
  waiting: number;
  /** The queue holds them back on purpose: paused, or rate limited after a provider's 429. */
  heldBack: boolean;
}

export type LivenessVerdict = { live: true } | { live: false; reason: string };

/**
 * What this process's generation worker has been doing, for the liveness probe: a worker that stopped
 * consuming (a wedged connection, a dead loop) is only visible from the outside as jobs that wait
 * while it has free slots and takes none.
 */
export class WorkerLiveness {
  private active = 0;
  private lastPickupAt: number;
  /** When a probe first saw jobs waiting, since the last probe that saw none. */
  private backlogSeenAt?: number;

  constructor(
    private readonly concurrency: number,
    private readonly stallMs: number,
    startedAt = Date.now(),
  ) {
    this.lastPickupAt = startedAt;
  }

  pickedUp(now = Date.now()): void {
    this.active++;
    this.lastPickupAt = now;
  }

  settled(): void {
    this.active = Math.max(0, this.active - 1);
  }

  assess(backlog: Backlog, now = Date.now()): LivenessVerdict {
    if (backlog.waiting === 0 || backlog.heldBack) {
      this.backlogSeenAt = undefined;
      return { live: true };
    }
    this.backlogSeenAt ??= now;
    if (this.active >= this.concurrency) return { live: true }; // busy, not stuck: calls have hard timeouts
    const idleFor = now - Math.max(this.lastPickupAt, this.backlogSeenAt);
    if (idleFor < this.stallMs) return { live: true };
    return {
      live: false,
      reason: `${backlog.waiting} jobs are waiting but this worker has taken none for ${idleFor} ms with ${this.concurrency - this.active} free slots.`,
    };
  }
}
