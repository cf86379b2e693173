import { ApiKey, ApiKeyCreated, ApiKeyList, type ApiKeyCreateInput } from '@draftbench/contracts';
import { encodeId, type Http, type RequestOptions } from './http.js';

/** The signed-in user's API keys (session only: a key cannot manage keys). */
export interface ApiKeysApi {
  /** The answer's `secret` is the whole key, shown this once: keep it, only a hash is stored. */
  create(input: ApiKeyCreateInput, options?: RequestOptions): Promise<ApiKeyCreated>;
  /** Newest first, revoked ones included. */
  list(options?: RequestOptions): Promise<ApiKey[]>;
  /** The key stops working at once; revoking twice keeps the first time. */
  revoke(id: string, options?: RequestOptions): Promise<ApiKey>;
}

export function apiKeysApi(http: Http): ApiKeysApi {
  return {
    create: (input, o = {}) =>
      http.json(ApiKeyCreated, '/v1/api-keys', { method: 'POST', body: input, signal: o.signal }),
    list: async (o = {}) => (await http.json(ApiKeyList, '/v1/api-keys', { signal: o.signal })).items,
    revoke: (id, o = {}) =>
      http.json(ApiKey, `/v1/api-keys/${encodeId(id)}/revoke`, { method: 'POST', signal: o.signal }),
  };
}
