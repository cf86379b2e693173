import { Problem } from '@draftbench/contracts';

/** An HTTP error answered by the API; `problem` is its RFC 9457 body, `message` its `detail`. */
export class DraftbenchApiError extends Error {
  override readonly name = 'DraftbenchApiError';
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail);
    this.status = problem.status;
    this.problem = problem;
  }
}

/**
 * Turns an error response into a DraftbenchApiError. Proxies and crashed servers do not always answer
 * with problem+json, so any other body still becomes a problem with the status and the text.
 */
export async function toApiError(response: Response): Promise<DraftbenchApiError> {
  const text = await response.text();
  const parsed = Problem.safeParse(safeJson(text));
  if (parsed.success) return new DraftbenchApiError(parsed.data);
  const title = response.statusText || `HTTP ${response.status}`;
  return new DraftbenchApiError({
    type: 'about:blank',
    title,
    status: response.status,
    detail: text.trim().slice(0, 500) || title,
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
