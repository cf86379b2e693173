import {
  Assignment,
  AssignmentPage,
  type AssignmentCreate,
  type AssignmentListQuery,
  type Page,
  type MinutesCorrection,
  type ReviewCreate,
} from '@draftbench/contracts';
import { encodeId, writeHeaders, type Http, type RequestOptions, type WriteOptions } from './http.js';
import { paginate } from './pagination.js';

export type AssignmentListParams = Partial<AssignmentListQuery>;

export interface AssignmentsApi {
  create(input: AssignmentCreate, options?: WriteOptions): Promise<Assignment>;
  /** Newest first; editors who are not leads get only their own. */
  list(params?: AssignmentListParams, options?: RequestOptions): Promise<Page<Assignment>>;
  listAll(
    params?: Omit<AssignmentListParams, 'cursor'>,
    options?: RequestOptions,
  ): AsyncGenerator<Assignment>;
  get(id: string, options?: RequestOptions): Promise<Assignment>;
  /** Autosave: the text and the active editing seconds since the previous save. */
  save(
    id: string,
    input: { body: string; activeSeconds?: number },
    options?: RequestOptions,
  ): Promise<Assignment>;
  submit(id: string, options?: RequestOptions): Promise<Assignment>;
  review(id: string, input: ReviewCreate, options?: RequestOptions): Promise<Assignment>;
  correctMinutes(id: string, input: MinutesCorrection, options?: RequestOptions): Promise<Assignment>;
}

export function assignmentsApi(http: Http): AssignmentsApi {
  const path = (id: string, rest = '') => `/v1/assignments/${encodeId(id)}${rest}`;
  const list: AssignmentsApi['list'] = (params = {}, o = {}) =>
    http.json(AssignmentPage, '/v1/assignments', { query: { ...params }, signal: o.signal });
  return {
    create: (input, o = {}) =>
      http.json(Assignment, '/v1/assignments', {
        method: 'POST',
        body: input,
        headers: writeHeaders(o),
        signal: o.signal,
      }),
    list,
    listAll: (params = {}, o = {}) => paginate((p: AssignmentListParams) => list(p, o), params),
    get: (id, o = {}) => http.json(Assignment, path(id), { signal: o.signal }),
    save: (id, input, o = {}) =>
      http.json(Assignment, path(id, '/draft'), { method: 'PUT', body: input, signal: o.signal }),
    submit: (id, o = {}) => http.json(Assignment, path(id, '/submit'), { method: 'POST', signal: o.signal }),
    review: (id, input, o = {}) =>
      http.json(Assignment, path(id, '/reviews'), { method: 'POST', body: input, signal: o.signal }),
    correctMinutes: (id, input, o = {}) =>
      http.json(Assignment, path(id, '/minutes'), { method: 'PUT', body: input, signal: o.signal }),
  };
}
