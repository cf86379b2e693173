// Constant-arrival-rate request scheduler. Request i is due at start + i / rate whether or not earlier
// ones have answered, and its latency is counted from that due time: a stalled server shows up as
// latency instead of silently lowering the offered load (no coordinated omission).

const TICK_MS = 2;

/**
 * Calls `send(signal)` `rate` times a second until `stop()`; `send` resolves when the answer is complete
 * and throws on any failure. `signal` aborts `timeoutMs` after the due time: a request the server has
 * not answered by then is an error, which also bounds how long `stop()` waits. Returns the latencies
 * (ms from the due time) and the errors seen.
 */
export function openLoop(rate, send, { timeoutMs = 30_000 } = {}) {
  const latencies = [];
  const errors = [];
  const started = performance.now();
  let sent = 0;
  let stopped = false;
  const pending = new Set();

  const fire = (due) => {
    const done = send(AbortSignal.timeout(timeoutMs)).then(
      () => latencies.push(performance.now() - due),
      (error) =>
        errors.push(
          error?.name === 'TimeoutError' ? `no answer in ${timeoutMs} ms` : String(error?.message ?? error),
        ),
    );
    pending.add(done);
    void done.finally(() => pending.delete(done));
  };

  const tick = () => {
    if (stopped) return;
    const now = performance.now();
    while (started + (sent * 1000) / rate <= now) fire(started + (sent++ * 1000) / rate);
    setTimeout(tick, TICK_MS);
  };
  tick();

  return {
    latencies,
    errors,
    get sent() {
      return sent;
    },
    /** Stops sending and waits for the requests still in flight. */
    async stop() {
      stopped = true;
      await Promise.all([...pending]);
      return { sent, seconds: (performance.now() - started) / 1000 };
    },
  };
}
