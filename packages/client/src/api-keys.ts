import { ApiKey, ApiKeyCreated, ApiKeyPage, type ApiKeyCreateInput } from '@draftbench/contracts';
import { encodeId, type Http, type RequestOptions } from './http.js';
import { paginate, type PageParams } from './pagination.js';

/** The signed-in user's API keys (session only: a key cannot manage keys). */
export interface ApiKeysApi {
  /** The answer's `secret` is the whole key, shown this once: keep it, only a hash is stored. */
  create(input: ApiKeyCreateInput, options?: RequestOptions): Promise<ApiKeyCreated>;
  /** Newest first, revoked ones included. */
  list(params?: PageParams, options?: RequestOptions): Promise<ApiKeyPage>;
  /** Every key, fetching further pages as the iteration reaches them. */
  listAll(options?: RequestOptions): AsyncGenerator<ApiKey>;
  /** The key stops working at once; revoking twice keeps the first time. */
  revoke(id: string, options?: RequestOptions): Promise<ApiKey>;
}

export function apiKeysApi(http: Http): ApiKeysApi {
  const list: ApiKeysApi['list'] = (params = {}, o = {}) =>
    http.json(ApiKeyPage, '/v1/api-keys', { query: { ...params }, signal: o.signal });
  return {
    create: (input, o = {}) =>
      http.json(ApiKeyCreated, '/v1/api-keys', { method: 'POST', body: input, signal: o.signal }),
    list,
    listAll: (o = {}) => paginate((p: PageParams) => list(p, o), { limit: 100 }),
    revoke: (id, o = {}) =>
      http.json(ApiKey, `/v1/api-keys/${encodeId(id)}/revoke`, { method: 'POST', signal: o.signal }),
  };
}
