import {
  Brief,
  Draft,
  page,
  type BriefCreateInput,
  type BriefListQuery,
  type PageQuery,
  type Page,
} from '@draftbench/contracts';
import { paginate } from './pagination.js';
import { encodeId, writeHeaders, type Http, type RequestOptions, type WriteOptions } from './http.js';

const BriefPage = page(Brief);
const DraftPage = page(Draft);

export type BriefListParams = Partial<BriefListQuery>;

export interface BriefsApi {
  create(input: BriefCreateInput, options?: WriteOptions): Promise<Brief>;
  list(params?: BriefListParams, options?: RequestOptions): Promise<Page<Brief>>;
  /** Every brief matching the filters, fetching further pages as the iteration reaches them. */
  listAll(params?: Omit<BriefListParams, 'cursor'>, options?: RequestOptions): AsyncGenerator<Brief>;
  get(id: string, options?: RequestOptions): Promise<Brief>;
  /** Every draft of the brief, oldest first (all pages). */
  drafts(id: string, options?: RequestOptions): Promise<Draft[]>;
  /** One page of the brief's drafts, oldest first. */
  draftsPage(id: string, params?: Partial<PageQuery>, options?: RequestOptions): Promise<Page<Draft>>;
}

export function briefsApi(http: Http): BriefsApi {
  const draftsPage: BriefsApi['draftsPage'] = (id, params = {}, options = {}) =>
    http.json(DraftPage, `/v1/briefs/${encodeId(id)}/drafts`, {
      query: { ...params },
      signal: options.signal,
    });
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
    drafts: async (id, options = {}) => {
      const all: Draft[] = [];
      for await (const draft of paginate((p: Partial<PageQuery>) => draftsPage(id, p, options), {
        limit: 100,
      }))
        all.push(draft);
      return all;
    },
    draftsPage,
  };
}
