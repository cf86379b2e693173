// Concurrent SSE clients on GET /v1/jobs/:id/events. Each follows the newest job to its `result`, then the
// next new one, so all of them stay connected while jobs are being created.
import { setMaxListeners } from 'node:events';
import { createParser } from 'eventsource-parser';
import { Agent, request } from 'undici';

const TERMINAL = new Set(['succeeded', 'failed', 'refused', 'cancelled']);

/**
 * Starts `count` watchers on the jobs of `jobs` (a `jobFeed()`). Measures the time from opening a stream
 * to its first event (the snapshot), and the delivery lag of live `state` events: receipt minus the time
 * PostgreSQL recorded the change (startedAt / finishedAt).
 */
export function startWatchers({ url, apiKey, count, jobs }) {
  const dispatcher = new Agent({ connections: count + 10, bodyTimeout: 0, headersTimeout: 30_000 });
  const firstEventMs = [];
  const lagMs = [];
  const errors = [];
  let streams = 0;
  let finishedBeforeOpen = 0;
  let events = 0;
  let open = 0;
  let peakOpen = 0;
  const abort = new AbortController();
  setMaxListeners(count + 10, abort.signal); // one listener per open stream

  const watch = async (jobId) => {
    const opened = performance.now();
    const { statusCode, body } = await request(`${url}/v1/jobs/${jobId}/events`, {
      headers: { authorization: `Bearer ${apiKey}`, accept: 'text/event-stream' },
      dispatcher,
      signal: abort.signal,
    });
    if (statusCode !== 200) throw new Error(`events answered ${statusCode}: ${await body.text()}`);
    open++;
    peakOpen = Math.max(peakOpen, open);
    let result = false;
    const parser = createParser({
      onEvent: ({ event, data }) => {
        events++;
        if (event === 'snapshot') {
          firstEventMs.push(performance.now() - opened);
          if (TERMINAL.has(JSON.parse(data).job.state)) finishedBeforeOpen++;
          return;
        }
        if (event === 'result') return void (result = true);
        if (event !== 'state') return;
        const { job } = JSON.parse(data);
        const at = TERMINAL.has(job.state) ? job.finishedAt : job.startedAt;
        if (at) lagMs.push(Date.now() - Date.parse(at));
      },
    });
    try {
      const decoder = new TextDecoder();
      for await (const chunk of body) parser.feed(decoder.decode(chunk, { stream: true }));
    } finally {
      open--;
    }
    streams++;
    if (!result) throw new Error(`stream of job ${jobId} ended without a result`);
  };

  const loop = async () => {
    let seq = 0;
    while (!abort.signal.aborted) {
      const job = await jobs.next(seq);
      if (abort.signal.aborted) return;
      seq = job.seq;
      try {
        await watch(job.id);
      } catch (error) {
        if (!abort.signal.aborted) errors.push(String(error?.message ?? error));
      }
    }
  };
  const loops = Array.from({ length: count }, loop);

  return {
    get open() {
      return open;
    },
    /** Closes every stream; those cut here are not errors. */
    async stop() {
      abort.abort();
      jobs.release();
      await Promise.all(loops);
      await dispatcher.close();
      return { firstEventMs, lagMs, errors, streams, finishedBeforeOpen, events, peakOpen };
    },
  };
}

/**
 * The newest created job, shared by every watcher: `next(after)` resolves with the first job created
 * after the one a watcher last followed (waiting for it if need be), so watchers pile onto fresh jobs and
 * stay connected while jobs are being created.
 */
export function jobFeed() {
  let latest = { id: undefined, seq: 0 };
  let waiting = [];
  return {
    add(id) {
      latest = { id, seq: latest.seq + 1 };
      for (const resolve of waiting) resolve(latest);
      waiting = [];
    },
    next(after = 0) {
      return latest.seq > after ? Promise.resolve(latest) : new Promise((resolve) => waiting.push(resolve));
    },
    release() {
      for (const resolve of waiting) resolve({ id: undefined, seq: Infinity });
      waiting = [];
    },
  };
}
