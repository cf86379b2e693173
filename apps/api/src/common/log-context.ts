import { AsyncLocalStorage } from 'node:async_hooks';

/** Ids that every log line written on behalf of a request or a queue job carries. */
export type LogFields = Partial<Record<'requestId' | 'jobId' | 'judgeRunId' | 'deliveryId', string>>;

const storage = new AsyncLocalStorage<LogFields>();

/** The ids of the request or job this code runs for, if any. */
export const currentLogFields = (): LogFields | undefined => storage.getStore();

/**
 * Runs `work` with exactly these ids on every line it logs. Not merged with the ids around it: a
 * connection opened while serving a request keeps that request's context in its callbacks, and a job
 * picked up through such a connection must not be logged under the request.
 */
export function withLogFields<T>(fields: LogFields, work: () => T): T {
  return storage.run({ ...fields }, work);
}

/** For a hook that cannot wrap what follows (Fastify's onRequest): the rest of this async flow logs with them. */
export function enterLogFields(fields: LogFields): void {
  storage.enterWith({ ...fields });
}

/** Runs `work` with no ids: for long-lived listeners (a worker's error event) whatever context fired them. */
export function withoutLogFields<T>(work: () => T): T {
  return storage.exit(work);
}
