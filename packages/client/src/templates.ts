import {
  PromptTemplate,
  PromptTemplatePage,
  TemplatePreview,
  type PromptTemplateCreateInput,
  type TemplateLabelMove,
  type TemplateListQuery,
  type TemplatePreviewRequest,
} from '@draftbench/contracts';
import { encodeId, writeHeaders, type Http, type RequestOptions, type WriteOptions } from './http.js';
import { paginate } from './pagination.js';

export type TemplateListParams = Partial<TemplateListQuery>;

export interface TemplatesApi {
  /**
   * Stored versions (with the labels pointing at them), filtered by content type, language or key; ordered
   * by key, language, then newest version first.
   */
  list(params?: TemplateListParams, options?: RequestOptions): Promise<PromptTemplatePage>;
  /** Every matching version, fetching further pages as the iteration reaches them. */
  listAll(
    params?: Omit<TemplateListParams, 'cursor'>,
    options?: RequestOptions,
  ): AsyncGenerator<PromptTemplate>;
  get(id: string, options?: RequestOptions): Promise<PromptTemplate>;
  /** A new version of a key in a language; invalid text is a 400 with errors on `system` / `user`. */
  create(input: PromptTemplateCreateInput, options?: WriteOptions): Promise<PromptTemplate>;
  /** Points `production` or `staging` of a key/language at one of its versions. */
  moveLabel(input: TemplateLabelMove, options?: RequestOptions): Promise<PromptTemplate>;
  /** Renders a stored version (`templateId`), inline text (`system` + `user`) or the default for a brief. */
  preview(input: TemplatePreviewRequest, options?: RequestOptions): Promise<TemplatePreview>;
}

export function templatesApi(http: Http): TemplatesApi {
  const list: TemplatesApi['list'] = (params = {}, options = {}) =>
    http.json(PromptTemplatePage, '/v1/templates', { query: { ...params }, signal: options.signal });
  return {
    list,
    listAll: (params = {}, options = {}) =>
      paginate((p: TemplateListParams) => list(p, options), { limit: 100, ...params }),
    get: (id, options = {}) =>
      http.json(PromptTemplate, `/v1/templates/${encodeId(id)}`, { signal: options.signal }),
    create: (input, options = {}) =>
      http.json(PromptTemplate, '/v1/templates', {
        method: 'POST',
        body: input,
        headers: writeHeaders(options),
        signal: options.signal,
      }),
    moveLabel: (input, options = {}) =>
      http.json(PromptTemplate, '/v1/templates/labels', {
        method: 'POST',
        body: input,
        signal: options.signal,
      }),
    preview: (input, options = {}) =>
      http.json(TemplatePreview, '/v1/templates/preview', {
        method: 'POST',
        body: input,
        signal: options.signal,
      }),
  };
}
