import {
  Brief,
  Draft,
  page,
  type BriefCreateInput,
  type BriefListQuery,
  type Page,
} from '@draftbench/contracts';
import { paginate } from './pagination.js';
import { encodeId, writeHeaders, type Http, type RequestOptions, type WriteOptions } from './http.js';

const BriefPage = page(Brief);
const DraftList = page(Draft).pick({ items: true });

export type BriefListParams = Partial<BriefListQuery>;

export interface BriefsApi {
  create(input: BriefCreateInput, options?: WriteOptions): Promise<Brief>;
  list(params?: BriefListParams, options?: RequestOptions): Promise<Page<Brief>>;
  /** Every brief matching the filters, fetching further pages as the iteration reaches them. */
  listAll(params?: Omit<BriefListParams, 'cursor'>, options?: RequestOptions): AsyncGenerator<Brief>;
  get(id: string, options?: RequestOptions): Promise<Brief>;
  /** Every draft of the brief, oldest first. */
  drafts(id: string, options?: RequestOptions): Promise<Draft[]>;
}

export function briefsApi(http: Http): BriefsApi {
  const list: BriefsApi['list'] = (params = {}, options = {}) =>
    http.json(BriefPage, '/v1/briefs', { query: { ...params }, signal: options.signal });
  return {
    create: (input, options = {}) =>
      http.json(Brief, '/v1/briefs', {
        method: 'POST',
        body: input,
        headers: writeHeaders(options),
        signal: options.signal,
      }),
    list,
    listAll: (params = {}, options = {}) => paginate((p: BriefListParams) => list(p, options), params),
    get: (id, options = {}) => http.json(Brief, `/v1/briefs/${encodeId(id)}`, { signal: options.signal }),
    drafts: (id, options = {}) =>
      http
        .json(DraftList, `/v1/briefs/${encodeId(id)}/drafts`, { signal: options.signal })
        .then((list) => list.items),
  };
}
