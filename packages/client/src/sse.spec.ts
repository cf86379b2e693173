import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { JobEvent } from '@draftbench/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraftbenchClient } from './index.js';
import { JOB_ID, draft, job, withDrafts } from './testing/fixtures.js';
import { startServer, type TestServer } from './testing/server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const frame = (event: JobEvent): string => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;

function openStream(response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
  response.flushHeaders();
}

/** Writes one chunk and waits for it to leave, so the client really receives separate chunks. */
const write = (response: ServerResponse, chunk: string | Buffer): Promise<void> =>
  new Promise((resolve, reject) => response.write(chunk, (error) => (error ? reject(error) : resolve())));

async function collect(events: AsyncIterable<JobEvent>): Promise<JobEvent[]> {
  const seen: JobEvent[] = [];
  for await (const event of events) seen.push(event);
  return seen;
}

describe('jobs.stream', () => {
  it('parses events split across chunks, multi-line data and multi-byte characters', async () => {
    const delta: JobEvent = { type: 'delta', jobId: JOB_ID, variant: 1, text: '你好，世界' };
    const result: JobEvent = {
      type: 'result',
      job: withDrafts(job({ state: 'succeeded' }), [draft(0), draft(1)]),
    };
    server = await startServer(async (_request, response) => {
      openStream(response);
      await write(response, ': keep-alive\n\n');
      await write(response, frame({ type: 'snapshot', job: withDrafts(job(), []) }));
      // One event cut inside its field name and inside a three-byte character.
      const bytes = Buffer.from(frame(delta));
      const cut = bytes.indexOf(Buffer.from('世')) + 1;
      await write(response, bytes.subarray(0, 4));
      await write(response, bytes.subarray(4, cut));
      await write(response, bytes.subarray(cut));
      // The same JSON spread over several data lines: the parser joins them with newlines.
      await write(
        response,
        `event: state\ndata: {"type":"state",\ndata: "job":${JSON.stringify(job({ state: 'running' }))}}\n\n`,
      );
      await write(response, 'event: heartbeat\ndata: {}\n\n');
      await write(response, frame({ type: 'draft', jobId: JOB_ID, draft: draft(1) }));
      response.end(frame(result));
    });
    const client = createDraftbenchClient({ baseUrl: server.baseUrl, apiKey: 'k' });

    const events = await collect(client.jobs.stream(JOB_ID));

    expect(events.map((event) => event.type)).toEqual(['snapshot', 'delta', 'state', 'draft', 'result']);
    expect(events[1]).toEqual(delta);
    expect(events[4]).toEqual(result);
    expect(server.requests[0]).toMatchObject({ url: `/v1/jobs/${JOB_ID}/events` });
    expect(server.requests[0]?.headers).toMatchObject({
      accept: 'text/event-stream',
      authorization: 'Bearer k',
    });
  });

  it('ends when the server closes the stream', async () => {
    server = await startServer((_request, response) => {
      openStream(response);
      response.end(frame({ type: 'snapshot', job: withDrafts(job({ state: 'cancelled' }), []) }));
    });
    const client = createDraftbenchClient({ baseUrl: server.baseUrl });

    await expect(collect(client.jobs.stream(JOB_ID))).resolves.toHaveLength(1);
  });

  it('closes the connection and rejects when the signal aborts', async () => {
    let closed: Promise<unknown> = Promise.resolve();
    server = await startServer(async (_request, response) => {
      closed = once(response, 'close');
      openStream(response);
      await write(response, frame({ type: 'snapshot', job: withDrafts(job({ state: 'running' }), []) }));
    });
    const client = createDraftbenchClient({ baseUrl: server.baseUrl });
    const controller = new AbortController();

    const seen: JobEvent['type'][] = [];
    const iteration = (async () => {
      for await (const event of client.jobs.stream(JOB_ID, { signal: controller.signal })) {
        seen.push(event.type);
        controller.abort();
      }
    })();

    await expect(iteration).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual(['snapshot']);
    await closed;
  });
});
