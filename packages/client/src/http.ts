import { toApiError } from './errors.js';
import { RETRYABLE_STATUSES, retryDelayMs, wait, type RetryOptions } from './retry.js';

export interface ClientOptions {
  /** Origin (and optional path prefix) of the API, e.g. `http://127.0.0.1:3000`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Defaults to the global fetch; pass one to add logging or a test double. */
  fetch?: typeof fetch;
  /** Retries of answers 429 and 503, honouring `Retry-After`. */
  retry?: RetryOptions;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface WriteOptions extends RequestOptions {
  /** Same key and body → the server answers with the first result instead of repeating the write. */
  idempotencyKey?: string;
}

/** Anything with zod's `parse`: responses are validated with the contracts' schemas. */
export interface Schema<T> {
  parse(input: unknown): T;
}

export type QueryValue = string | number | boolean | undefined;

interface Call {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * Session state for cookie sign-in. Browsers keep the cookie themselves; in Node the client keeps the
 * session cookie from the sign-in answer and sends it back. The CSRF token goes on every write.
 */
export interface SessionState {
  csrfToken?: string;
  cookie?: string;
}

export interface Http {
  session: SessionState;
  /** Sends a request and validates its JSON answer; non-2xx answers throw DraftbenchApiError. */
  json<T>(schema: Schema<T>, path: string, call?: Call): Promise<T>;
  /** Sends a request and returns the successful response unread (for streams). */
  send(path: string, call?: Call): Promise<Response>;
}

export function createHttp(options: ClientOptions): Http {
  const base = options.baseUrl.replace(/\/+$/, '');
  // Bound lazily so a fetch polyfilled after client creation is still picked up.
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  const session: SessionState = {};
  const retry: Required<RetryOptions> = {
    retries: 3,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
    ...options.retry,
  };

  async function send(path: string, call: Call = {}): Promise<Response> {
    const method = call.method ?? 'GET';
    const headers: Record<string, string> = { accept: 'application/json', ...call.headers };
    if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
    if (session.cookie) headers.cookie = session.cookie;
    if (session.csrfToken && method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
    // FormData goes as-is: fetch writes the multipart content type with its boundary.
    const isForm = typeof FormData !== 'undefined' && call.body instanceof FormData;
    if (call.body !== undefined && !isForm) headers['content-type'] = 'application/json';
    const body =
      call.body === undefined ? undefined : isForm ? (call.body as FormData) : JSON.stringify(call.body);
    for (let attempt = 0; ; attempt++) {
      const response = await doFetch(base + path + queryString(call.query), {
        method,
        headers,
        credentials: 'same-origin',
        body,
        signal: call.signal,
      });
      keepSessionCookie(response, session);
      if (response.ok) return response;
      if (!RETRYABLE_STATUSES.has(response.status) || attempt >= retry.retries)
        throw await toApiError(response);
      await response.body?.cancel();
      await wait(retryDelayMs(response.headers.get('retry-after'), attempt, retry), call.signal);
    }
  }

  return {
    session,
    send,
    async json(schema, path, call) {
      const response = await send(path, call);
      return schema.parse(await response.json());
    },
  };
}

function queryString(query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function writeHeaders(options: WriteOptions = {}): Record<string, string> {
  return options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {};
}

export const encodeId = (id: string): string => encodeURIComponent(id);

const SESSION_COOKIE_PATTERN = /^(draftbench_session=[^;]*)/;

/** Node only: browsers hide Set-Cookie from scripts and manage the cookie themselves. */
function keepSessionCookie(response: Response, session: SessionState): void {
  const setCookies =
    typeof response.headers.getSetCookie === 'function' ? response.headers.getSetCookie() : [];
  for (const line of setCookies) {
    const match = SESSION_COOKIE_PATTERN.exec(line);
    if (!match?.[1]) continue;
    // An emptied cookie is a sign-out.
    session.cookie = match[1] === 'draftbench_session=' ? undefined : match[1];
  }
}
