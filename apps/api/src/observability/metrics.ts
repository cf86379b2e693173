import { type Queue, type Worker } from 'bullmq';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'] as const;

/**
 * Every Prometheus metric of one process, in its own registry (tests run several apps in one process).
 * Names follow Prometheus conventions: seconds, `_total` counters, low-cardinality labels only.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly queues = new Map<string, Queue>();

  readonly httpDuration = new Histogram({
    name: 'draftbench_http_request_duration_seconds',
    help: 'HTTP request latency by method, route pattern and status class.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly requestsShed = new Counter({
    name: 'draftbench_http_requests_shed_total',
    help: 'Requests answered 503 by load shedding before any work, by the limit that was exceeded.',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  readonly jobDuration = new Histogram({
    name: 'draftbench_queue_job_duration_seconds',
    help: 'Time a queue job spent in a worker, by queue and outcome (failed includes attempts retried later).',
    labelNames: ['queue', 'outcome'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [this.registry],
  });

  readonly providerLatency = new Histogram({
    name: 'draftbench_provider_request_duration_seconds',
    help: 'Provider call latency, first byte to last, by provider, model and outcome.',
    labelNames: ['provider', 'model', 'outcome'] as const,
    buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 40, 80, 160],
    registers: [this.registry],
  });

  readonly providerFirstToken = new Histogram({
    name: 'draftbench_provider_first_token_seconds',
    help: 'Time from the provider call to its first streamed token.',
    labelNames: ['provider', 'model'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20],
    registers: [this.registry],
  });

  readonly providerTokens = new Counter({
    name: 'draftbench_provider_tokens_total',
    help: 'Tokens the providers reported (or the engine estimated), by provider, model and kind.',
    labelNames: ['provider', 'model', 'kind'] as const,
    registers: [this.registry],
  });

  readonly providerCost = new Counter({
    name: 'draftbench_provider_cost_usd_total',
    help: 'Cost of provider calls in US dollars, from the configured per-model prices.',
    labelNames: ['provider', 'model'] as const,
    registers: [this.registry],
  });

  readonly providerErrors = new Counter({
    name: 'draftbench_provider_errors_total',
    help: 'Failed provider calls by provider and error code (rate_limited, timeout, bad_request…).',
    labelNames: ['provider', 'code'] as const,
    registers: [this.registry],
  });

  readonly jobsFailed = new Counter({
    name: 'draftbench_jobs_failed_total',
    help: 'Generation jobs that ended failed, by reason code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'draftbench_' });
    const queues = this.queues;
    new Gauge({
      name: 'draftbench_queue_jobs',
      help: 'Jobs in each queue by state, read from the queue backend at scrape time.',
      labelNames: ['queue', 'state'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        await Promise.all(
          [...queues].map(async ([name, queue]) => {
            const counts = await queue.getJobCounts(...QUEUE_STATES);
            for (const state of QUEUE_STATES) this.set({ queue: name, state }, counts[state] ?? 0);
          }),
        );
      },
    });
  }

  /** Queue depth per state is read from this queue at every scrape. */
  watchQueue(name: string, queue: Queue): void {
    this.queues.set(name, queue);
  }

  /** Records how long each job of this worker took, whether it completed or failed. */
  observeWorker(name: string, worker: Worker): void {
    const observe = (
      outcome: 'completed' | 'failed',
      job?: { processedOn?: number; finishedOn?: number },
    ) => {
      if (job?.processedOn && job.finishedOn)
        this.jobDuration.observe({ queue: name, outcome }, (job.finishedOn - job.processedOn) / 1000);
    };
    worker.on('completed', (job) => observe('completed', job));
    worker.on('failed', (job) => observe('failed', job));
  }
}
