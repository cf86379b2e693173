import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { AddressAllowList, assertDeliverable, guardedLookup, WebhookTargetError } from './ssrf-guard.js';

export interface WebhookAttemptResult {
  /** HTTP status, or null when no answer came (refused target, network error, timeout). */
  status: number | null;
  latencyMs: number;
  /** Why the attempt did not succeed, in words for the delivery log; null on a 2xx. */
  error: string | null;
  /** The SSRF guard refused the target: no later attempt can succeed. */
  refused: boolean;
}

const MAX_LOGGED_BODY = 500;

/**
 * The only way webhooks leave the machine: POST with a guarded DNS lookup, no redirects followed (a 3xx
 * is a failed attempt: following it could lead anywhere), a hard timeout, and the answer's body only
 * read far enough to log its start.
 */
export class WebhookHttpClient {
  private readonly allowList: AddressAllowList;

  constructor(
    allowed: readonly string[],
    private readonly timeoutMs: number,
  ) {
    this.allowList = new AddressAllowList(allowed);
  }

  /** Refuses a URL that cannot be a webhook target: not http(s), credentials, or a forbidden literal IP. */
  checkUrl(url: string): URL {
    const target = new URL(url);
    if (target.protocol !== 'https:' && target.protocol !== 'http:')
      throw new WebhookTargetError('A webhook URL must start with https:// or http://.');
    if (target.username || target.password)
      throw new WebhookTargetError('A webhook URL must not carry a user name or password.');
    const host = target.hostname.replace(/^\[|\]$/g, '');
    // Node connects to a literal IP without a lookup, so it is checked here.
    if (isIP(host)) assertDeliverable(host, this.allowList);
    return target;
  }

  post(url: string, body: string, headers: Record<string, string>): Promise<WebhookAttemptResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    let target: URL;
    try {
      target = this.checkUrl(url);
    } catch (error) {
      return Promise.resolve({
        status: null,
        latencyMs: 0,
        error: (error as Error).message,
        refused: error instanceof WebhookTargetError,
      });
    }
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve) => {
      const request = send(
        target,
        {
          method: 'POST',
          headers: {
            ...headers,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
          lookup: guardedLookup(this.allowList) as never,
          signal: AbortSignal.timeout(this.timeoutMs),
        },
        (response) => {
          const status = response.statusCode ?? 0;
          let start = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            if (start.length < MAX_LOGGED_BODY) start += chunk;
            else response.destroy();
          });
          response.on('close', () => {
            const ok = status >= 200 && status < 300;
            const why =
              status >= 300 && status < 400 ? 'redirects are not followed' : start.slice(0, MAX_LOGGED_BODY);
            resolve({
              status,
              latencyMs: elapsed(),
              error: ok ? null : `HTTP ${status}${why ? `: ${why}` : ''}`,
              refused: false,
            });
          });
        },
      );
      request.on('error', (error) => {
        const reason = error.name === 'AbortError' ? `no answer within ${this.timeoutMs} ms` : error.message;
        resolve({
          status: null,
          latencyMs: elapsed(),
          error: reason,
          refused: error instanceof WebhookTargetError,
        });
      });
      request.end(body);
    });
  }
}
