import { SIGNAL_TOPICS, type JobSignal, type JobSignalHandler, type SignalTopic } from './job-signal.js';

/**
 * Publish/subscribe of job signals between the worker and every API process (SSE streams, cancels).
 * Delivery is best-effort and ordered per publisher; subscribers re-read PostgreSQL for the truth.
 */
export abstract class JobEventBus {
  private readonly handlers = new Set<JobSignalHandler>();

  /** What this process receives: signals of other topics are published but never delivered here. */
  constructor(protected readonly topics: readonly SignalTopic[] = SIGNAL_TOPICS) {}

  abstract publish(signal: JobSignal): Promise<void>;
  abstract start(): Promise<void>;
  abstract close(): Promise<void>;

  /** Returns the unsubscribe function. */
  subscribe(handler: JobSignalHandler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  /** Whether a received message is worth parsing (an API process with no open stream has no handler). */
  protected get listening(): boolean {
    return this.handlers.size > 0;
  }

  protected dispatch(signal: JobSignal): void {
    for (const handler of this.handlers) handler(signal);
  }
}
