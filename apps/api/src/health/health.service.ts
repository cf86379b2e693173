import { Inject, Injectable, Optional } from '@nestjs/common';
import type pg from 'pg';
import { PG_POOL } from '../infrastructure/tokens.js';
import { GenerationQueue } from '../queue/generation.queue.js';
import { WorkerLiveness } from './worker-liveness.js';

export type ProbeResult = { ok: true } | { ok: false; reason: string };

/** A probe that does not answer in time is a failed probe, not a hung one. */
const PROBE_TIMEOUT_MS = 3000;

function withTimeout<T>(what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${PROBE_TIMEOUT_MS} ms`)),
      PROBE_TIMEOUT_MS,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Liveness: restart me if my worker stopped consuming. Readiness: send me traffic only while the
 * database and the queue answer. Shared by the API's routes and a worker-only process's probe server.
 */
@Injectable()
export class HealthService {
  constructor(
    @Inject(PG_POOL) private readonly pool: pg.Pool,
    private readonly queue: GenerationQueue,
    @Optional() private readonly liveness?: WorkerLiveness,
  ) {}

  async live(): Promise<ProbeResult> {
    if (!this.liveness) return { ok: true };
    let backlog;
    try {
      backlog = await withTimeout('the queue', this.queue.backlog());
    } catch {
      // Readiness reports an unreachable queue; restarting this process would not bring it back.
      return { ok: true };
    }
    const verdict = this.liveness.assess(backlog);
    return verdict.live ? { ok: true } : { ok: false, reason: verdict.reason };
  }

  async ready(): Promise<ProbeResult> {
    try {
      await withTimeout('the database', this.pool.query('SELECT 1'));
    } catch {
      return { ok: false, reason: 'The database is not reachable.' };
    }
    try {
      await withTimeout('the queue', this.queue.backlog());
    } catch {
      return { ok: false, reason: 'The queue backend is not reachable.' };
    }
    return { ok: true };
  }
}
