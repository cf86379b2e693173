import {
  Draft,
  DraftPage,
  type ModerationDecision,
  type Page,
  type UgcSubmission,
} from '@draftbench/contracts';
import { encodeId, writeHeaders, type Http, type RequestOptions, type WriteOptions } from './http.js';
import { paginate, type PageParams } from './pagination.js';

export interface DraftsApi {
  get(id: string, options?: RequestOptions): Promise<Draft>;
  /** UGC: submit a draft to an open brief (contributors). */
  submit(briefId: string, input: UgcSubmission, options?: WriteOptions): Promise<Draft>;
  /** The contributor's own submissions, newest first. */
  mySubmissions(params?: PageParams, options?: RequestOptions): Promise<Page<Draft>>;
  mySubmissionsAll(params?: Omit<PageParams, 'cursor'>, options?: RequestOptions): AsyncGenerator<Draft>;
  /** The review queue, oldest first: drafts held by the UGC screen or the safety gate, waiting for a lead. */
  heldForModeration(params?: PageParams, options?: RequestOptions): Promise<Page<Draft>>;
  heldForModerationAll(params?: Omit<PageParams, 'cursor'>, options?: RequestOptions): AsyncGenerator<Draft>;
  /** A lead publishes or rejects a held draft. */
  moderate(id: string, input: ModerationDecision, options?: RequestOptions): Promise<Draft>;
  /** AI-assisted: start editing the AI draft `parentId`; answers the new child draft. */
  startAssistedEdit(
    parentId: string,
    input: { body: string; activeSeconds?: number },
    options?: WriteOptions,
  ): Promise<Draft>;
  saveAssistedEdit(
    id: string,
    input: { body: string; activeSeconds?: number },
    options?: RequestOptions,
  ): Promise<Draft>;
}

export function draftsApi(http: Http): DraftsApi {
  const draft = (id: string, rest = '') => `/v1/drafts/${encodeId(id)}${rest}`;
  const mySubmissions: DraftsApi['mySubmissions'] = (params = {}, o = {}) =>
    http.json(DraftPage, '/v1/submissions/mine', { query: { ...params }, signal: o.signal });
  const heldForModeration: DraftsApi['heldForModeration'] = (params = {}, o = {}) =>
    http.json(DraftPage, '/v1/moderation', { query: { ...params }, signal: o.signal });
  return {
    get: (id, o = {}) => http.json(Draft, draft(id), { signal: o.signal }),
    submit: (briefId, input, o = {}) =>
      http.json(Draft, `/v1/briefs/${encodeId(briefId)}/submissions`, {
        method: 'POST',
        body: input,
        headers: writeHeaders(o),
        signal: o.signal,
      }),
    mySubmissions,
    mySubmissionsAll: (params = {}, o = {}) => paginate((p: PageParams) => mySubmissions(p, o), params),
    heldForModeration,
    heldForModerationAll: (params = {}, o = {}) =>
      paginate((p: PageParams) => heldForModeration(p, o), params),
    moderate: (id, input, o = {}) =>
      http.json(Draft, draft(id, '/moderation'), { method: 'POST', body: input, signal: o.signal }),
    startAssistedEdit: (parentId, input, o = {}) =>
      http.json(Draft, draft(parentId, '/assisted-edits'), {
        method: 'POST',
        body: input,
        headers: writeHeaders(o),
        signal: o.signal,
      }),
    saveAssistedEdit: (id, input, o = {}) =>
      http.json(Draft, draft(id, '/assisted-edit'), { method: 'PUT', body: input, signal: o.signal }),
  };
}
