import {
  Job,
  JobEvent,
  JobWithDrafts,
  page,
  type JobCreateInput,
  type JobListQuery,
  type Page,
} from '@draftbench/contracts';
import { encodeId, writeHeaders, type Http, type RequestOptions, type WriteOptions } from './http.js';
import { paginate } from './pagination.js';
import { readServerSentEvents } from './sse.js';

const JobPage = page(Job);
const EVENT_TYPES = new Set<string>(JobEvent.options.map((option) => option.shape.type.value));

export type JobListParams = Partial<JobListQuery>;

export interface JobsApi {
  create(input: JobCreateInput, options?: WriteOptions): Promise<Job>;
  get(id: string, options?: RequestOptions): Promise<JobWithDrafts>;
  list(params?: JobListParams, options?: RequestOptions): Promise<Page<Job>>;
  /** Every job matching the filters, fetching further pages as the iteration reaches them. */
  listAll(params?: Omit<JobListParams, 'cursor'>, options?: RequestOptions): AsyncGenerator<Job>;
  /** Throws DraftbenchApiError with status 409 when the job has already finished. */
  cancel(id: string, options?: RequestOptions): Promise<Job>;
  /**
   * Live events of a job: `snapshot` first, then `state` / `delta` / `draft`, ending after `result`.
   * Aborting `signal` closes the connection and rejects the iteration.
   */
  stream(id: string, options?: RequestOptions): AsyncGenerator<JobEvent>;
}

export function jobsApi(http: Http): JobsApi {
  const list: JobsApi['list'] = (params = {}, options = {}) =>
    http.json(JobPage, '/v1/jobs', { query: { ...params }, signal: options.signal });

  return {
    create: (input, options = {}) =>
      http.json(Job, '/v1/jobs', {
        method: 'POST',
        body: input,
        headers: writeHeaders(options),
        signal: options.signal,
      }),
    get: (id, options = {}) =>
      http.json(JobWithDrafts, `/v1/jobs/${encodeId(id)}`, { signal: options.signal }),
    list,
    listAll: (params = {}, options = {}) => paginate((p: JobListParams) => list(p, options), params),
    cancel: (id, options = {}) =>
      http.json(Job, `/v1/jobs/${encodeId(id)}/cancel`, { method: 'POST', signal: options.signal }),
    async *stream(id, options = {}) {
      const response = await http.send(`/v1/jobs/${encodeId(id)}/events`, {
        headers: { accept: 'text/event-stream' },
        signal: options.signal,
      });
      if (!response.body) throw new Error('The job event stream has no body');
      for await (const message of readServerSentEvents(response.body, options.signal)) {
        // Unknown event names (keep-alives, types added later) are skipped, not fatal.
        if (!message.event || !EVENT_TYPES.has(message.event)) continue;
        const event = JobEvent.parse(JSON.parse(message.data));
        yield event;
        // The server closes after `result`; returning here also ends cleanly behind a proxy that keeps it open.
        if (event.type === 'result') return;
      }
    },
  };
}
