import { setTimeout as delay } from 'node:timers/promises';

/**
 * Polls a condition that lives in another process (row counts, a probe) until it holds. For in-process
 * signals, wait on the event instead.
 */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  { timeoutMs = 60_000, everyMs = 50 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await delay(everyMs);
  }
}
