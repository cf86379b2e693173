import { ProviderList, type ProviderInfo } from '@draftbench/contracts';
import { briefsApi, type BriefsApi } from './briefs.js';
import { createHttp, type ClientOptions, type RequestOptions } from './http.js';
import { jobsApi, type JobsApi } from './jobs.js';

export interface ProvidersApi {
  list(options?: RequestOptions): Promise<ProviderInfo[]>;
}

export interface DraftbenchClient {
  providers: ProvidersApi;
  briefs: BriefsApi;
  jobs: JobsApi;
}

export function createDraftbenchClient(options: ClientOptions): DraftbenchClient {
  const http = createHttp(options);
  return {
    providers: {
      list: (requestOptions = {}) =>
        http
          .json(ProviderList, '/v1/providers', { signal: requestOptions.signal })
          .then((list) => list.items),
    },
    briefs: briefsApi(http),
    jobs: jobsApi(http),
  };
}

export { DraftbenchApiError } from './errors.js';
export type { ClientOptions, RequestOptions, WriteOptions } from './http.js';
export type { BriefListParams, BriefsApi } from './briefs.js';
export type { JobListParams, JobsApi } from './jobs.js';
export { readServerSentEvents } from './sse.js';
