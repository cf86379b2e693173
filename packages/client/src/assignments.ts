import {
  Assignment,
  AssignmentList,
  type AssignmentCreate,
  type AssignmentListQuery,
  type MinutesCorrection,
  type ReviewCreate,
} from '@draftbench/contracts';
import { encodeId, writeHeaders, type Http, type RequestOptions, type WriteOptions } from './http.js';

export interface AssignmentsApi {
  create(input: AssignmentCreate, options?: WriteOptions): Promise<Assignment>;
  list(query?: AssignmentListQuery, options?: RequestOptions): Promise<Assignment[]>;
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
  return {
    create: (input, o = {}) =>
      http.json(Assignment, '/v1/assignments', {
        method: 'POST',
        body: input,
        headers: writeHeaders(o),
        signal: o.signal,
      }),
    list: async (query = {}, o = {}) =>
      (await http.json(AssignmentList, '/v1/assignments', { query, signal: o.signal })).items,
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
