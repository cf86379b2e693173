import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { ProviderError } from '../provider.js';

/** Why our own AbortController fired, if it did: the caller, the hard timeout or a stalled stream. */
export type AbortCause = 'caller' | 'timeout' | 'idle' | null;

export interface MapContext {
  provider: string;
  apiKey: string;
  timeoutMs: number;
  idleTimeoutMs: number;
}

const MAX_MESSAGE = 500;

/**
 * Maps anything the SDK or the stream throws to a ProviderError whose message is safe to store: the
 * server's own error text when there is one, never the key, headers or a stack.
 */
export function toProviderError(err: unknown, cause: AbortCause, ctx: MapContext): ProviderError {
  if (err instanceof ProviderError) return err;
  const p = ctx.provider;
  if (cause === 'caller') return new ProviderError('aborted', 'Generation was cancelled.', false);
  if (cause === 'timeout')
    return new ProviderError('timeout', `${p}: no complete answer within ${ctx.timeoutMs} ms.`, true);
  if (cause === 'idle')
    return new ProviderError(
      'timeout',
      `${p}: the stream stalled for more than ${ctx.idleTimeoutMs} ms.`,
      true,
    );

  if (err instanceof APIUserAbortError)
    return new ProviderError('aborted', 'Generation was cancelled.', false);
  if (err instanceof APIConnectionTimeoutError)
    return new ProviderError('timeout', `${p}: the request timed out.`, true);
  if (err instanceof APIConnectionError) {
    return new ProviderError(
      'provider_error',
      `${p}: could not reach the server (${safe(causeText(err), ctx)}).`,
      true,
    );
  }
  if (err instanceof APIError) {
    const status = err.status;
    const detail = safe(serverMessage(err), ctx);
    const said = detail ? `: ${detail}` : '';
    if (status === undefined)
      return new ProviderError(
        'provider_error',
        `${p}: the server reported an error mid-stream${said}`,
        true,
      );
    if (status === 429)
      return new ProviderError(
        'rate_limited',
        `${p}: rate limited (HTTP 429)${said}`,
        true,
        status,
        retryAfterMs(err.headers),
      );
    if (status === 408)
      return new ProviderError(
        'timeout',
        `${p}: the server timed out the request (HTTP 408)${said}`,
        true,
        status,
        retryAfterMs(err.headers),
      );
    if (status === 409)
      return new ProviderError(
        'provider_error',
        `${p}: conflict (HTTP 409)${said}`,
        true,
        status,
        retryAfterMs(err.headers),
      );
    if (status === 401 || status === 403)
      return new ProviderError(
        'auth_error',
        `${p}: the server refused the credentials (HTTP ${status})${said}`,
        false,
        status,
      );
    if (status >= 400 && status < 500)
      return new ProviderError(
        'bad_request',
        `${p}: the server rejected the request (HTTP ${status})${said}`,
        false,
        status,
      );
    return new ProviderError(
      'provider_error',
      `${p}: server error (HTTP ${status})${said}`,
      true,
      status,
      retryAfterMs(err.headers),
    );
  }
  // The SDK rethrows JSON.parse failures of SSE data lines as they are.
  if (err instanceof SyntaxError)
    return new ProviderError(
      'malformed_response',
      `${p}: the stream carried data that is not valid JSON.`,
      true,
    );
  // undici's "fetch failed" / "terminated": the connection broke.
  if (err instanceof TypeError)
    return new ProviderError(
      'provider_error',
      `${p}: the connection failed (${safe(causeText(err), ctx)}).`,
      true,
    );
  return new ProviderError(
    'provider_error',
    `${p}: unexpected error (${safe(err instanceof Error ? err.message : String(err), ctx)}).`,
    true,
  );
}

function serverMessage(err: APIError): string {
  const body = err.error as { message?: unknown } | undefined;
  if (body && typeof body.message === 'string') return body.message;
  if (typeof body === 'string') return body;
  return '';
}

function causeText(err: Error): string {
  const cause = (err as { cause?: unknown }).cause;
  const inner = cause instanceof Error ? ((cause as { code?: string }).code ?? '') || cause.message : '';
  return inner || err.message;
}

/** Strips the key (servers sometimes echo it), URL passwords and anything stack-like, and bounds the length. */
function safe(text: string, ctx: MapContext): string {
  let out = text.split('\n')[0] ?? '';
  if (ctx.apiKey) out = out.split(ctx.apiKey).join('***');
  out = out
    .replace(/\bsk-[A-Za-z0-9_-]{8,}/g, 'sk-***')
    .replace(/\bBearer\s+\S+/gi, 'Bearer ***')
    // fetch refuses a URL with credentials and quotes it whole: keep the user, never the password.
    .replace(/(\/\/[^/\s:@]*):[^@\s/]*@/g, '$1:***@');
  return out.length > MAX_MESSAGE ? `${out.slice(0, MAX_MESSAGE)}…` : out;
}

/** `retry-after-ms`, else `retry-after` as seconds or an HTTP date. */
export function retryAfterMs(headers: Headers | undefined): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms)))
    return Math.max(0, Math.round(Number(ms)));
  const ra = headers.get('retry-after');
  if (ra === null || ra.trim() === '') return undefined;
  if (Number.isFinite(Number(ra))) return Math.max(0, Math.round(Number(ra) * 1000));
  const date = Date.parse(ra);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
