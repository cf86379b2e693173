import { type JobError } from '@draftbench/contracts';
import { ProviderError } from '@draftbench/llm';
import { UnrecoverableError } from 'bullmq';
import { type Env } from '../config/env.schema.js';

/** Thrown for a retryable failure; carries the provider's Retry-After for the backoff strategy. */
export class RetryableJobError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** A failure of our own that another attempt may not have, recorded with its code (e.g. moderation_unavailable). */
export class RetryableFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Whether another attempt can succeed: a provider says so itself; our own refusals never can. */
const isRetryable = (error: unknown): boolean =>
  error instanceof ProviderError ? error.retryable : !(error instanceof UnrecoverableError);

/** The stored reason: a provider's own words, or a generic line for our own bugs (never a stack). */
function describeFailure(error: unknown): JobError {
  if (error instanceof ProviderError || error instanceof RetryableFailure)
    return { code: error.code, message: error.message };
  if (error instanceof UnrecoverableError) return { code: 'invalid_job', message: error.message };
  return { code: 'internal_error', message: 'The worker hit an internal error; see the worker log.' };
}

/** How a queue job's row records a failed attempt. */
export interface FailedAttemptWriter {
  /** The job ends: `failed` with the reason. */
  fail(reason: JobError): Promise<void>;
  /** Another attempt follows: the row waits again, with the reason visible. */
  retry(reason: JobError): Promise<void>;
}

/**
 * Records a failed attempt and throws what BullMQ needs: `UnrecoverableError` when no retry can help or
 * this was the last attempt (only then is `failed` written), else `RetryableJobError` with the provider's
 * Retry-After for the backoff.
 */
export async function settleFailedAttempt(
  error: unknown,
  lastAttempt: boolean,
  row: FailedAttemptWriter,
): Promise<never> {
  const reason = describeFailure(error);
  if (!isRetryable(error) || lastAttempt) {
    await row.fail(reason);
    throw new UnrecoverableError(reason.message);
  }
  await row.retry(reason);
  throw new RetryableJobError(
    reason.message,
    error instanceof ProviderError ? error.retryAfterMs : undefined,
  );
}

/** BullMQ backoff for provider work: the provider's Retry-After, else exponential backoff with jitter. */
export function providerBackoff(env: Env) {
  return (attemptsMade: number, _type?: string, error?: Error): number => {
    const hinted = error instanceof RetryableJobError ? error.retryAfterMs : undefined;
    const exponential = env.JOB_BACKOFF_MS * 2 ** Math.max(0, attemptsMade - 1);
    return hinted ?? Math.round(exponential * (0.5 + Math.random() / 2));
  };
}
