import { type JobSignal, type JobSignalHandler } from './job-signal.js';

/**
 * Publish/subscribe of job signals between the worker and every API process (SSE streams, cancels).
 * Delivery is best-effort and ordered per publisher; subscribers re-read PostgreSQL for the truth.
 */
export abstract class JobEventBus {
  private readonly handlers = new Set<JobSignalHandler>();

  abstract publish(signal: JobSignal): Promise<void>;
  abstract start(): Promise<void>;
  abstract close(): Promise<void>;

  /** Returns the unsubscribe function. */
  subscribe(handler: JobSignalHandler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  protected dispatch(signal: JobSignal): void {
    for (const handler of this.handlers) handler(signal);
  }
}
