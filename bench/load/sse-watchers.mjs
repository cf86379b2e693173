// Concurrent SSE clients on GET /v1/jobs/:id/events. Each follows a freshly created job to its `result`,
// then opens the next one, so `count` streams stay open for the whole run.
import { setMaxListeners } from 'node:events';
import { createParser } from 'eventsource-parser';
import { Agent, request } from 'undici';

const TERMINAL = new Set(['succeeded', 'failed', 'refused', 'cancelled']);

/**
 * `jobs` hands out job ids (`next()` resolves with one created after the previous call). Measures the
 * time from opening a stream to its first event (the snapshot), and the delivery lag of live `state`
 * events: receipt minus the time PostgreSQL recorded the change (startedAt / finishedAt).
 */
export function startWatchers({ url, apiKey, count, jobs }) {
  const dispatcher = new Agent({ connections: count + 10, bodyTimeout: 0, headersTimeout: 30_000 });
  const firstEventMs = [];
  const lagMs = [];
  const errors = [];
  let streams = 0;
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
        if (event === 'snapshot') return void firstEventMs.push(performance.now() - opened);
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
    while (!abort.signal.aborted) {
      const jobId = await jobs.next();
      if (abort.signal.aborted) return;
      try {
        await watch(jobId);
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
      return { firstEventMs, lagMs, errors, streams, events, peakOpen };
    },
  };
}

/** The ids of created jobs, handed to watchers newest first; `next()` waits for a new one when none is left. */
export function jobFeed() {
  const fresh = [];
  let waiting = [];
  return {
    add(id) {
      const waiter = waiting.shift();
      if (waiter) waiter(id);
      else fresh.push(id);
      if (fresh.length > 1000) fresh.splice(0, fresh.length - 1000);
    },
    next() {
      const id = fresh.pop();
      return id ? Promise.resolve(id) : new Promise((resolve) => waiting.push(resolve));
    },
    release() {
      for (const waiter of waiting) waiter(undefined);
      waiting = [];
    },
  };
}
