import { Problem } from '@draftbench/contracts';

/** An HTTP error answered by the API; `problem` is its RFC 9457 body, `message` its `detail`. */
export class DraftbenchApiError extends Error {
  override readonly name = 'DraftbenchApiError';
  readonly status: number;
  readonly problem: Problem;
  /** From `Retry-After` (429 rate limits, 409 "still in progress", 503): seconds to wait before retrying. */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail);
    this.status = problem.status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Turns an error response into a DraftbenchApiError. Proxies and crashed servers do not always answer
 * with problem+json, so any other body still becomes a problem with the status and the text.
 */
export async function toApiError(response: Response): Promise<DraftbenchApiError> {
  const text = await response.text();
  const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
  const parsed = Problem.safeParse(safeJson(text));
  if (parsed.success) return new DraftbenchApiError(parsed.data, retryAfter);
  const title = response.statusText || `HTTP ${response.status}`;
  return new DraftbenchApiError(
    { type: 'about:blank', title, status: response.status, detail: text.trim().slice(0, 500) || title },
    retryAfter,
  );
}

/** Retry-After is either seconds or an HTTP date. */
function retryAfterSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
