import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CLEAN_MODERATION,
  type FakeModerationBehaviour,
  moderationBody,
  moderationInputs,
} from './fake-moderation.js';

/**
 * A real HTTP server speaking the OpenAI chat-completions streaming protocol, and answering
 * `/moderations`, for tests. Each chat request takes the next scripted behaviour (or the default);
 * moderation requests take the moderation behaviour; every request is recorded.
 */
export type FakeBehaviour =
  | {
      kind: 'stream';
      /** Content deltas, sent one SSE event each. */
      deltas: string[];
      usage?: { prompt_tokens: number; completion_tokens: number; total_tokens: number } | null;
      /** Pause before each delta event. */
      delayMs?: number;
      /** Pause before the first delta instead (time to first token); defaults to `delayMs`. */
      firstDelayMs?: number;
      /** Called right after each delta is written to the socket, with `performance.now()` (benches time the path). */
      onDelta?: (index: number, writtenAt: number) => void;
      /** After this many deltas, stop sending and keep the connection open. */
      stallAfter?: number;
      /** After this many deltas, send a data line that is not JSON. */
      garbageAfter?: number;
      /** Close the connection after the deltas without finish_reason, usage or [DONE]. */
      truncate?: boolean;
    }
  | { kind: 'error'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Accept the request and never answer. */
  | { kind: 'hang' }
  /** Decide from the request itself, for answers that depend on what was asked rather than on arrival order. */
  | { kind: 'reply'; with: (request: RecordedRequest) => FakeBehaviour };

export interface RecordedRequest {
  /** `Date.now()` when the request body had arrived. */
  at: number;
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown> | null;
}

export interface FakeOpenAIServer {
  /** Pass as the SDK's baseURL. */
  baseURL: string;
  requests: RecordedRequest[];
  /** The most chat requests open at once (arrived, response not yet closed). */
  readonly peakOpenChats: number;
  /** Starts counting the peak afresh from the chats open now. */
  resetPeak(): void;
  /** Queue behaviours for the next requests, in order. */
  enqueue(...behaviours: FakeBehaviour[]): void;
  setDefault(behaviour: FakeBehaviour): void;
  /** How `POST /moderations` answers from now on (at first: nothing flagged). */
  setModeration(behaviour: FakeModerationBehaviour): void;
  /** Resolves when the n-th request (1-based) has arrived. */
  waitForRequest(n?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export async function startFakeOpenAIServer(defaultBehaviour?: FakeBehaviour): Promise<FakeOpenAIServer> {
  const queue: FakeBehaviour[] = [];
  let fallback: FakeBehaviour = defaultBehaviour ?? { kind: 'stream', deltas: ['Hello', ' world'] };
  let moderation: FakeModerationBehaviour = CLEAN_MODERATION;
  const requests: RecordedRequest[] = [];
  let open = 0;
  let peak = 0;
  const waiters: { n: number; resolve: (r: RecordedRequest) => void }[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c));
    req.on('end', () => {
      let body: Record<string, unknown> | null;
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        body = null;
      }
      const rec: RecordedRequest = {
        at: Date.now(),
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
      };
      requests.push(rec);
      for (const w of waiters.filter((x) => x.n === requests.length)) w.resolve(rec);
      if (rec.url.endsWith('/moderations')) return moderate(moderation, rec, res);
      peak = Math.max(peak, ++open);
      res.once('close', () => open--);
      respond(queue.shift() ?? fallback, rec, res);
    });
  });

  function moderate(b: FakeModerationBehaviour, rec: RecordedRequest, res: ServerResponse): void {
    const texts = moderationInputs(rec.body);
    if (b.kind === 'reply') return moderate(b.with(texts), rec, res);
    if (b.kind !== 'scores') return respond(b, rec, res);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(moderationBody(b, texts, rec.body?.model)));
  }

  function respond(b: FakeBehaviour, rec: RecordedRequest, res: ServerResponse): void {
    if (b.kind === 'reply') return respond(b.with(rec), rec, res);
    if (b.kind === 'hang') return;
    if (b.kind === 'error') {
      res.writeHead(b.status, { 'content-type': 'application/json', ...b.headers });
      res.end(JSON.stringify(b.body ?? { error: { message: `fake error ${b.status}`, type: 'fake' } }));
      return;
    }
    const model = typeof rec.body?.model === 'string' ? rec.body.model : 'fake-model';
    const chunk = (choices: unknown[], usage: unknown = null) =>
      `data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 0, model, choices, usage })}\n\n`;
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    res.flushHeaders();
    const send = (i: number) => {
      if (res.destroyed) return;
      if (b.stallAfter !== undefined && i === b.stallAfter) return;
      if (b.garbageAfter !== undefined && i === b.garbageAfter) {
        res.write('data: {this is not json\n\n');
        return void later(5, () => res.end());
      }
      if (i < b.deltas.length) {
        const delta = i === 0 ? { role: 'assistant', content: b.deltas[i] } : { content: b.deltas[i] };
        res.write(chunk([{ index: 0, delta, finish_reason: null }]));
        b.onDelta?.(i, performance.now());
        return void later(b.delayMs ?? 0, () => send(i + 1));
      }
      if (b.truncate) return void res.end();
      res.write(chunk([{ index: 0, delta: {}, finish_reason: 'stop' }]));
      if (b.usage !== null) {
        const completion = b.deltas.length;
        res.write(
          chunk(
            [],
            b.usage ?? { prompt_tokens: 11, completion_tokens: completion, total_tokens: 11 + completion },
          ),
        );
      }
      res.end('data: [DONE]\n\n');
    };
    later(b.firstDelayMs ?? b.delayMs ?? 0, () => send(0));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    get peakOpenChats() {
      return peak;
    },
    resetPeak: () => void (peak = open),
    enqueue: (...bs) => void queue.push(...bs),
    setDefault: (b) => void (fallback = b),
    setModeration: (b) => void (moderation = b),
    waitForRequest(n = requests.length + 1) {
      const done = requests[n - 1];
      if (done) return Promise.resolve(done);
      return new Promise((resolve) => waiters.push({ n, resolve }));
    },
    close() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
