import underPressure from '@fastify/under-pressure';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { PROBLEM_CONTENT_TYPE, type Problem } from '@draftbench/contracts';
import { type Env } from '../config/env.schema.js';
import { type Metrics } from './metrics.js';

/** Probes and scrapes answer under pressure too: an orchestrator that saw them fail would restart the process. */
const ALWAYS_SERVED = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Load shedding (@fastify/under-pressure): while the event loop's mean delay or its utilization over the
 * last sample window is above its limit, new requests get a 503 problem with `Retry-After` at once,
 * before any work (auth, PostgreSQL, Redis), instead of queueing behind requests the process cannot serve
 * in time. Past its capacity a process that accepts everything serves nothing in time: in the API
 * latency bench an overloaded API answered `POST /v1/jobs` after 1–2 s. The typed client retries a 503
 * after `Retry-After`. Off unless a limit is set (docs/BENCHMARKS.md has how the defaults of the
 * production compose file were chosen).
 */
export async function registerLoadShedding(app: NestFastifyApplication, env: Env, metrics: Metrics) {
  const maxDelayMs = env.LOAD_SHED_EVENT_LOOP_DELAY_MS;
  const maxUtilization = env.LOAD_SHED_EVENT_LOOP_UTILIZATION;
  if (maxDelayMs === 0 && maxUtilization === 0) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((2 * env.LOAD_SHED_SAMPLE_MS) / 1000));
  // The first window that starts after listening ends within two sample intervals; the ones before it
  // hold start-up work (compiling, migrations, seeding), not load.
  let measuringFrom = Infinity;
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onListen', (done) => {
      measuringFrom = performance.now() + 2 * env.LOAD_SHED_SAMPLE_MS;
      done();
    });
  await app.register(underPressure, {
    maxEventLoopDelay: maxDelayMs,
    maxEventLoopUtilization: maxUtilization,
    eventLoopUtilizationMode: 'interval',
    sampleInterval: env.LOAD_SHED_SAMPLE_MS,
    // A handler that sends ends the request there; one that returns without sending lets it through.
    pressureHandler: (request, reply, type, value) => {
      if (performance.now() < measuringFrom) return;
      if (ALWAYS_SERVED.has(request.url.split('?', 1)[0]!)) return;
      metrics.requestsShed.inc({ reason: type });
      void reply
        .code(503)
        .header('retry-after', retryAfterSeconds)
        .type(PROBLEM_CONTENT_TYPE)
        .send(overloaded(type, value, retryAfterSeconds));
    },
  });
}

function overloaded(type: string, value: number | undefined, retryAfterSeconds: number): Problem {
  const measured =
    type === 'eventLoopDelay'
      ? `its event loop is running ${Math.round(value ?? 0)} ms late`
      : `its event loop is ${Math.round((value ?? 0) * 100)}% busy`;
  return {
    type: 'about:blank',
    title: 'Overloaded',
    status: 503,
    detail:
      `This Draftbench process is over capacity (${measured}), so it turned the request away before doing ` +
      `anything: nothing was created or changed. Retry in ${retryAfterSeconds} s.`,
  };
}
