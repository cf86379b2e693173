import { AsyncLocalStorage } from 'node:async_hooks';

/** Ids that every log line written on behalf of a request or a queue job carries. */
export type LogFields = Partial<Record<'requestId' | 'jobId' | 'judgeRunId' | 'deliveryId', string>>;

const storage = new AsyncLocalStorage<LogFields>();

/** The ids of the request or job this code runs for, if any. */
export const currentLogFields = (): LogFields | undefined => storage.getStore();

/** Runs `work` with these ids attached to every line it logs (nested calls add to the outer ids). */
export function withLogFields<T>(fields: LogFields, work: () => T): T {
  return storage.run({ ...storage.getStore(), ...fields }, work);
}

/** For a hook that cannot wrap what follows (Fastify's onRequest): the rest of this async flow logs with them. */
export function enterLogFields(fields: LogFields): void {
  storage.enterWith({ ...storage.getStore(), ...fields });
}
