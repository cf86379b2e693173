/**
 * Sends a variant's streamed text to the event bus in order, the first delta at once (time to first token
 * is what a reader notices) and then at most one message per `intervalMs`: text that arrives meanwhile goes
 * out together. Fifty messages a second is as smooth as a screen shows text, whatever the provider's
 * chunking; one message per chunk cost more CPU than the rest of the job (docs/BENCHMARKS.md, queue pipeline).
 */
export class DeltaCoalescer {
  private buffered = '';
  private chain = Promise.resolve();
  private lastSent = Number.NEGATIVE_INFINITY;
  private ended = false;
  private wake?: () => void;

  constructor(
    private readonly send: (text: string) => Promise<void>,
    private readonly intervalMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  push(text: string): void {
    if (text === '') return;
    if (this.buffered === '') this.chain = this.chain.then(() => this.flushWhenDue());
    this.buffered += text;
  }

  /** Sends what is left without waiting for the interval; resolves once every message has gone. */
  async end(): Promise<void> {
    this.ended = true;
    this.wake?.();
    await this.chain;
  }

  private async flushWhenDue(): Promise<void> {
    const wait = this.lastSent + this.intervalMs - this.now();
    if (wait > 0 && !this.ended) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
    const text = this.buffered;
    this.buffered = '';
    this.lastSent = this.now();
    await this.send(text);
  }
}
