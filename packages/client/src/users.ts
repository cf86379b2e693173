import { User, UserList, type Role, type UserCreateInput, type UserUpdate } from '@draftbench/contracts';
import { encodeId, writeHeaders, type Http, type RequestOptions, type WriteOptions } from './http.js';

export interface UsersApi {
  create(input: UserCreateInput, options?: WriteOptions): Promise<User>;
  list(params?: { role?: Role }, options?: RequestOptions): Promise<User[]>;
  update(id: string, input: UserUpdate, options?: RequestOptions): Promise<User>;
}

export function usersApi(http: Http): UsersApi {
  return {
    create: (input, options = {}) =>
      http.json(User, '/v1/users', {
        method: 'POST',
        body: input,
        headers: writeHeaders(options),
        signal: options.signal,
      }),
    list: async (params = {}, options = {}) =>
      (await http.json(UserList, '/v1/users', { query: params, signal: options.signal })).items,
    update: (id, input, options = {}) =>
      http.json(User, `/v1/users/${encodeId(id)}`, { method: 'PATCH', body: input, signal: options.signal }),
  };
}
