import { type JobError } from '@draftbench/contracts';
import { ProviderError } from '@draftbench/llm';
import { DelayedError, Worker, type Job } from 'bullmq';
import { BudgetExhausted } from './provider-budget.js';

/**
 * An attempt that ran into a limit rather than a fault: the job goes back to the queue without using up
 * one of its attempts. `delay`: this job alone waits (our own budget is spent). `rate_limit`: the provider
 * answered 429 with Retry-After, so the whole queue stops handing out work for that long.
 */
export class HandBack extends Error {
  constructor(
    readonly mode: 'delay' | 'rate_limit',
    readonly waitMs: number,
    readonly reason: JobError,
  ) {
    super(reason.message);
  }
}

/** How many 429 rounds a job has waited out, and how many it may. */
export interface RateLimitedRounds {
  used: number;
  allowed: number;
}

const waitsOut = (error: unknown, rounds: RateLimitedRounds): error is ProviderError =>
  error instanceof ProviderError &&
  error.status === 429 &&
  error.retryAfterMs !== undefined &&
  rounds.used < rounds.allowed;

/**
 * What the failed calls of one attempt (one per variant) amount to: the first real fault, which uses an
 * attempt; else a HandBack. A 429 with Retry-After is waited out at most `rounds.allowed` times per job;
 * after that it is an ordinary retryable failure, so a provider that refuses forever still ends the job.
 */
export function attemptOutcome(errors: readonly unknown[], rounds: RateLimitedRounds): unknown {
  const fault = errors.find((e) => !(e instanceof BudgetExhausted) && !waitsOut(e, rounds));
  if (fault !== undefined || errors.length === 0) return fault;
  const refused = errors.filter((e) => waitsOut(e, rounds));
  if (refused.length > 0) {
    const waitMs = Math.max(...refused.map((e) => e.retryAfterMs!));
    const round = rounds.used + 1;
    return new HandBack('rate_limit', waitMs, {
      code: 'rate_limited',
      message: `${refused[0]!.message} — waiting ${waitMs} ms without using an attempt (round ${round} of ${rounds.allowed}).`,
    });
  }
  const spent = errors as BudgetExhausted[];
  const longest = spent.reduce((a, b) => (b.waitMs > a.waitMs ? b : a));
  return new HandBack('delay', longest.waitMs, { code: 'budget_wait', message: longest.message });
}

/**
 * BullMQ applies a manual `rateLimit()` only to workers that have a limiter (on Redis and on PostgreSQL);
 * this one is high enough never to bind by itself.
 */
export const QUEUE_RATE_LIMITER = { max: 1_000_000, duration: 1_000 };

/** The data a generation job carries between rounds. */
export interface RoundData {
  rateLimitedRounds?: number;
}

/**
 * Turns a HandBack into what BullMQ needs, so the job waits without counting an attempt: moved to delayed
 * (`DelayedError`), or the queue rate-limited for Retry-After and the job back to waiting (`RateLimitError`,
 * with the round counted in the job's data). Anything else is returned unchanged.
 */
export async function toQueueSignal<T extends RoundData>(
  error: unknown,
  job: Job<T>,
  token: string | undefined,
  worker: Worker<T>,
): Promise<unknown> {
  if (!(error instanceof HandBack)) return error;
  if (error.mode === 'delay') {
    await job.moveToDelayed(Date.now() + error.waitMs, token);
    return new DelayedError(error.message);
  }
  await job.updateData({ ...job.data, rateLimitedRounds: (job.data.rateLimitedRounds ?? 0) + 1 });
  await worker.rateLimit(Math.max(1, error.waitMs)); // Redis refuses an expiry of 0
  return Worker.RateLimitError();
}
