import { WEBHOOK_SIGNATURE_HEADER } from '@draftbench/contracts';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  path: string;
  /** The raw body exactly as received, for signature checks. */
  body: string;
  signature: string | undefined;
}

/** Decides the status of an answer; may wait, to hold a delivery open. */
type Responder = (hit: ReceivedWebhook, nth: number) => number | Promise<number>;

export interface WebhookReceiver {
  /** Base URL on 127.0.0.1; any path is accepted. */
  url: string;
  received: ReceivedWebhook[];
  /** How requests to `path` are answered from now on (default: 204). */
  respond(path: string, responder: Responder): void;
  /** Resolves once `count` requests to `path` have arrived, with those requests. */
  waitFor(path: string, count: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
}

/** A real HTTP server that receives webhooks, the way a customer's service would. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const responders = new Map<string, Responder>();
  const waiters: { path: string; count: number; resolve: (hits: ReceivedWebhook[]) => void }[] = [];
  const hitsOf = (path: string) => received.filter((hit) => hit.path === path);

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const signature = request.headers[WEBHOOK_SIGNATURE_HEADER.toLowerCase()];
      const hit: ReceivedWebhook = {
        path: request.url ?? '/',
        body: Buffer.concat(chunks).toString('utf8'),
        signature: typeof signature === 'string' ? signature : undefined,
      };
      received.push(hit);
      const hits = hitsOf(hit.path);
      for (const waiter of waiters.filter((w) => w.path === hit.path && w.count === hits.length))
        waiter.resolve(hits);
      const responder = responders.get(hit.path) ?? (() => 204);
      void Promise.resolve(responder(hit, hits.length)).then(
        (status) => response.writeHead(status).end(),
        (error: unknown) => response.destroy(error as Error),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    respond: (path, responder) => responders.set(path, responder),
    waitFor(path, count) {
      const hits = hitsOf(path);
      if (hits.length >= count) return Promise.resolve(hits.slice(0, count));
      return new Promise((resolve) => waiters.push({ path, count, resolve }));
    },
    close: () => new Promise((resolve) => server.close(() => resolve()).closeAllConnections()),
  };
}
