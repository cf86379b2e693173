/**
 * Mutual exclusion per key inside one process: callers with the same key take turns, in arrival order.
 * A caller that cannot get its turn within the timeout gives up, and the queue moves on without it.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  /** Resolves with the release function once it is this caller's turn, or undefined after `timeoutMs`. */
  async acquire(key: string, timeoutMs: number): Promise<(() => void) | undefined> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });

    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)));
    const late = await Promise.race([previous.then(() => false), timedOut]);
    clearTimeout(timer);
    if (late) {
      release(); // its turn, when it comes, passes straight on
      return undefined;
    }
    return release;
  }
}
