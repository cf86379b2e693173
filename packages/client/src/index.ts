import { ProviderList, type ProviderInfo } from '@draftbench/contracts';
import { apiKeysApi, type ApiKeysApi } from './api-keys.js';
import { assignmentsApi, type AssignmentsApi } from './assignments.js';
import { authApi, type AuthApi } from './auth.js';
import { batchesApi, type BatchesApi } from './batches.js';
import { briefsApi, type BriefsApi } from './briefs.js';
import { draftsApi, type DraftsApi } from './drafts.js';
import { exportsApi, type ExportsApi } from './exports.js';
import { judgeApi, type JudgeApi } from './judge.js';
import { leaderboardApi, type LeaderboardApi } from './leaderboard.js';
import { ratingsApi, type RatingsApi } from './ratings.js';
import { safetyApi, type SafetyApi } from './safety.js';
import { createHttp, type ClientOptions, type RequestOptions } from './http.js';
import { jobsApi, type JobsApi } from './jobs.js';
import { templatesApi, type TemplatesApi } from './templates.js';
import { usersApi, type UsersApi } from './users.js';
import { webhooksApi, type WebhooksApi } from './webhooks-api.js';

export interface ProvidersApi {
  list(options?: RequestOptions): Promise<ProviderInfo[]>;
}

export interface DraftbenchClient {
  auth: AuthApi;
  users: UsersApi;
  apiKeys: ApiKeysApi;
  assignments: AssignmentsApi;
  drafts: DraftsApi;
  ratings: RatingsApi;
  leaderboard: LeaderboardApi;
  judge: JudgeApi;
  safety: SafetyApi;
  providers: ProvidersApi;
  briefs: BriefsApi;
  jobs: JobsApi;
  batches: BatchesApi;
  templates: TemplatesApi;
  exports: ExportsApi;
  webhooks: WebhooksApi;
}

export function createDraftbenchClient(options: ClientOptions): DraftbenchClient {
  const http = createHttp(options);
  return {
    auth: authApi(http),
    users: usersApi(http),
    apiKeys: apiKeysApi(http),
    assignments: assignmentsApi(http),
    drafts: draftsApi(http),
    ratings: ratingsApi(http),
    leaderboard: leaderboardApi(http),
    judge: judgeApi(http),
    safety: safetyApi(http),
    providers: {
      list: (requestOptions = {}) =>
        http
          .json(ProviderList, '/v1/providers', { signal: requestOptions.signal })
          .then((list) => list.items),
    },
    briefs: briefsApi(http),
    jobs: jobsApi(http),
    batches: batchesApi(http),
    templates: templatesApi(http),
    exports: exportsApi(http),
    webhooks: webhooksApi(http),
  };
}

export { DraftbenchApiError } from './errors.js';
export type { ClientOptions, RequestOptions, WriteOptions } from './http.js';
export type { BriefListParams, BriefsApi } from './briefs.js';
export type { JobListParams, JobsApi } from './jobs.js';
export type { AuthApi } from './auth.js';
export type { ApiKeysApi } from './api-keys.js';
export type { BatchesApi, BatchJobListParams, BatchListParams, BatchUploadOptions } from './batches.js';
export type { AssignmentListParams, AssignmentsApi } from './assignments.js';
export type { DraftsApi } from './drafts.js';
export type { RatingsApi } from './ratings.js';
export type { LeaderboardApi } from './leaderboard.js';
export type { JudgeApi } from './judge.js';
export type { SafetyApi } from './safety.js';
export type { UserListParams, UsersApi } from './users.js';
export type { TemplateListParams, TemplatesApi } from './templates.js';
export { readServerSentEvents } from './sse.js';
export type { ExportsApi } from './exports.js';
export type { RetryOptions } from './retry.js';
export { paginate, type PageParams } from './pagination.js';
export { signWebhook, verifyWebhook, WebhookSignatureError } from './webhooks.js';
export type { VerifyOptions, WebhookFailure } from './webhooks.js';
export type { WebhookDeliveryListParams, WebhooksApi } from './webhooks-api.js';
