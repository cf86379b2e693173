import { type JobSlots } from '../api-keys/job-slots.js';
import { type Caller } from '../auth/current-caller.decorator.js';

/** Who asked for jobs, and under which Idempotency-Key: recorded on every job the request creates. */
export interface JobRequest {
  caller: Caller;
  idempotencyKey: string | null;
}

export const callerColumns = ({ caller, idempotencyKey }: JobRequest) => ({
  createdBy: caller.user.id,
  apiKeyId: caller.apiKey?.id ?? null,
  idempotencyKey,
});

/** Jobs created with an API key count against its concurrency limit; a person's do not. */
export function slotsOf({ caller: { apiKey } }: JobRequest): JobSlots | undefined {
  return apiKey
    ? { apiKeyId: apiKey.id, prefix: apiKey.prefix, maxConcurrentJobs: apiKey.maxConcurrentJobs }
    : undefined;
}
