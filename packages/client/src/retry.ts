export interface RetryOptions {
  /** Further attempts after a 429 or 503 answer; 0 turns retries off. Default 3. */
  retries?: number;
  /** First wait when the answer has no `Retry-After`; doubled at each attempt, with jitter. Default 500 ms. */
  baseDelayMs?: number;
  /** No single wait is longer, whatever `Retry-After` asks. Default 30 s. */
  maxDelayMs?: number;
}

/** 429 and 503 mean the request was not processed: sending it again cannot do anything twice. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/**
 * How long to wait before attempt `attempt + 1`: the server's `Retry-After` (seconds or an HTTP date)
 * when it gives one, otherwise exponential backoff with full jitter; never more than `maxDelayMs`.
 */
export function retryDelayMs(
  retryAfter: string | null,
  attempt: number,
  options: Required<RetryOptions>,
  now = Date.now(),
  random = Math.random,
): number {
  const asked = parseRetryAfter(retryAfter, now);
  const delay = asked ?? random() * options.baseDelayMs * 2 ** attempt;
  return Math.min(Math.max(0, delay), options.maxDelayMs);
}

function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : date - now;
}

/** Resolves after `ms`, or rejects with the signal's reason once it aborts. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
