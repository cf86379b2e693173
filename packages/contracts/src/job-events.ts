import { z } from 'zod';
import { Id } from './common.js';
import { Draft } from './drafts.js';
import { Job, JobWithDrafts } from './jobs.js';

/**
 * Events of GET /v1/jobs/:id/events (SSE: the `event:` field is `type`, `data:` is the JSON object).
 * A stream always starts with `snapshot` read from the database, so a late client has the current
 * state; it ends after `result`, sent once the job is terminal.
 */
export const JobEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshot'), job: JobWithDrafts }),
  z.object({ type: z.literal('state'), job: Job }),
  z.object({ type: z.literal('delta'), jobId: Id, variant: z.number().int().min(0), text: z.string() }),
  z.object({ type: z.literal('draft'), jobId: Id, draft: Draft }),
  z.object({ type: z.literal('result'), job: JobWithDrafts }),
]);
export type JobEvent = z.infer<typeof JobEvent>;
export type JobEventType = JobEvent['type'];
