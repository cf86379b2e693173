import {
  Batch,
  BatchPage,
  Job,
  page,
  type BatchCreateInput,
  type BatchListQuery,
  type BatchOptionsInput,
  type JobListQuery,
  type Page,
  type BatchSummary,
} from '@draftbench/contracts';
import { paginate } from './pagination.js';
import { encodeId, writeHeaders, type Http, type RequestOptions, type WriteOptions } from './http.js';

const JobPage = page(Job);

export type BatchListParams = Partial<BatchListQuery>;
export type BatchJobListParams = Partial<Omit<JobListQuery, 'briefId'>>;

export interface BatchUploadOptions extends BatchOptionsInput {
  /** Shown in the batch as `fileName`; defaults to `briefs.csv`. */
  fileName?: string;
}

export interface BatchesApi {
  /** A JSON batch: every item of `briefs` is a `POST /v1/briefs` body; invalid items come back in `rejected`. */
  create(input: BatchCreateInput, options?: WriteOptions): Promise<Batch>;
  /** Uploads a briefs CSV (see docs/examples/README.md) as `multipart/form-data`. */
  upload(csv: Blob | Uint8Array, settings: BatchUploadOptions, options?: WriteOptions): Promise<Batch>;
  /** The batch with live job counts per state; `done` once no job is queued or running. */
  get(id: string, options?: RequestOptions): Promise<Batch>;
  /** Newest first. */
  list(params?: BatchListParams, options?: RequestOptions): Promise<Page<BatchSummary>>;
  /** The generation jobs of a batch, newest first. */
  jobs(id: string, params?: BatchJobListParams, options?: RequestOptions): Promise<Page<Job>>;
  /** Every job of a batch, fetching further pages as the iteration reaches them. */
  allJobs(
    id: string,
    params?: Omit<BatchJobListParams, 'cursor'>,
    options?: RequestOptions,
  ): AsyncGenerator<Job>;
}

export function batchesApi(http: Http): BatchesApi {
  const jobs: BatchesApi['jobs'] = (id, params = {}, options = {}) =>
    http.json(JobPage, `/v1/batches/${encodeId(id)}/jobs`, { query: { ...params }, signal: options.signal });
  return {
    create: (input, options = {}) =>
      http.json(Batch, '/v1/batches', {
        method: 'POST',
        body: input,
        headers: writeHeaders(options),
        signal: options.signal,
      }),
    upload: (csv, settings, options = {}) => {
      const { fileName = 'briefs.csv', targets, variants, parameters } = settings;
      const form = new FormData();
      form.set('targets', JSON.stringify(targets));
      form.set('variants', String(variants));
      if (parameters !== undefined) form.set('parameters', JSON.stringify(parameters));
      // Copied into a Blob: FormData takes Blobs (Node 20 and browsers), and the copy detaches nothing.
      const file = csv instanceof Uint8Array ? new Blob([csv.slice()], { type: 'text/csv' }) : csv;
      form.set('file', file, fileName);
      return http.json(Batch, '/v1/batches', {
        method: 'POST',
        body: form,
        headers: writeHeaders(options),
        signal: options.signal,
      });
    },
    get: (id, options = {}) => http.json(Batch, `/v1/batches/${encodeId(id)}`, { signal: options.signal }),
    list: (params = {}, options = {}) =>
      http.json(BatchPage, '/v1/batches', { query: { ...params }, signal: options.signal }),
    jobs,
    allJobs: (id, params = {}, options = {}) =>
      paginate((p: BatchJobListParams) => jobs(id, p, options), params),
  };
}
