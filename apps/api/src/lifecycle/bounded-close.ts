import { Logger } from '@nestjs/common';

/** How long a close may take beyond its own grace before shutdown moves on without it. */
export const CLOSE_TIMEOUT_MS = 10_000;

const logger = new Logger('Shutdown');

/**
 * Waits for `closing` at most `ms`, then moves on with a warning. Shutdown must end: a connection killed
 * while it closes (pg_terminate_backend, a failover) can leave a client waiting for an `end` event that
 * never comes, and the process would then hang until something SIGKILLs it.
 */
export async function boundedClose(
  what: string,
  closing: Promise<unknown>,
  ms = CLOSE_TIMEOUT_MS,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms).unref()));
  const outcome = await Promise.race([
    closing.then(
      () => 'closed' as const,
      () => 'closed' as const,
    ),
    late,
  ]);
  clearTimeout(timer);
  if (outcome === 'late') logger.warn(`${what} did not close within ${ms} ms; shutdown goes on without it.`);
}
