import {
  User,
  UserPage,
  type Page,
  type UserCreateInput,
  type UserListQuery,
  type UserUpdate,
} from '@draftbench/contracts';
import { encodeId, writeHeaders, type Http, type RequestOptions, type WriteOptions } from './http.js';
import { paginate } from './pagination.js';

export type UserListParams = Partial<UserListQuery>;

export interface UsersApi {
  create(input: UserCreateInput, options?: WriteOptions): Promise<User>;
  /** Newest first. */
  list(params?: UserListParams, options?: RequestOptions): Promise<Page<User>>;
  listAll(params?: Omit<UserListParams, 'cursor'>, options?: RequestOptions): AsyncGenerator<User>;
  update(id: string, input: UserUpdate, options?: RequestOptions): Promise<User>;
}

export function usersApi(http: Http): UsersApi {
  const list: UsersApi['list'] = (params = {}, options = {}) =>
    http.json(UserPage, '/v1/users', { query: { ...params }, signal: options.signal });
  return {
    create: (input, options = {}) =>
      http.json(User, '/v1/users', {
        method: 'POST',
        body: input,
        headers: writeHeaders(options),
        signal: options.signal,
      }),
    list,
    listAll: (params = {}, options = {}) => paginate((p: UserListParams) => list(p, options), params),
    update: (id, input, options = {}) =>
      http.json(User, `/v1/users/${encodeId(id)}`, { method: 'PATCH', body: input, signal: options.signal }),
  };
}
