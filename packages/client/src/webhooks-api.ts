import {
  page,
  WebhookDelivery,
  WebhookDeliveryWithAttempts,
  WebhookEndpoint,
  WebhookEndpointCreated,
  WebhookEndpointPage,
  type Page,
  type WebhookDeliveryListQuery,
  type WebhookEndpointCreateInput,
} from '@draftbench/contracts';
import { encodeId, writeHeaders, type Http, type RequestOptions, type WriteOptions } from './http.js';
import { paginate, type PageParams } from './pagination.js';

const DeliveryPage = page(WebhookDelivery);

export type WebhookDeliveryListParams = Partial<WebhookDeliveryListQuery>;

/** Webhook endpoints and their delivery log. Verify what arrives with `verifyWebhook`. */
export interface WebhooksApi {
  endpoints: {
    /**
     * The answer's `secret` (whsec_…) signs every delivery to this endpoint; it is shown this once.
     * Called with an API key, the endpoint receives the events of the jobs that key creates.
     */
    create(input: WebhookEndpointCreateInput, options?: WriteOptions): Promise<WebhookEndpointCreated>;
    /** Newest first, disabled ones included. */
    list(params?: PageParams, options?: RequestOptions): Promise<Page<WebhookEndpoint>>;
    /** Every endpoint, fetching further pages as the iteration reaches them. */
    listAll(options?: RequestOptions): AsyncGenerator<WebhookEndpoint>;
    /** The endpoint receives nothing more; its deliveries stay in the log. */
    disable(id: string, options?: RequestOptions): Promise<WebhookEndpoint>;
  };
  deliveries: {
    list(params?: WebhookDeliveryListParams, options?: RequestOptions): Promise<Page<WebhookDelivery>>;
    /** Every delivery matching the filters, fetching further pages as the iteration reaches them. */
    listAll(
      params?: Omit<WebhookDeliveryListParams, 'cursor'>,
      options?: RequestOptions,
    ): AsyncGenerator<WebhookDelivery>;
    /** With every attempt: time, status code, latency and error. */
    get(id: string, options?: RequestOptions): Promise<WebhookDeliveryWithAttempts>;
    /** Sends a finished delivery again (same event id); 409 while it is still pending. */
    redeliver(id: string, options?: WriteOptions): Promise<WebhookDelivery>;
  };
}

export function webhooksApi(http: Http): WebhooksApi {
  const listEndpoints: WebhooksApi['endpoints']['list'] = (params = {}, o = {}) =>
    http.json(WebhookEndpointPage, '/v1/webhooks/endpoints', { query: { ...params }, signal: o.signal });
  const list: WebhooksApi['deliveries']['list'] = (params = {}, o = {}) =>
    http.json(DeliveryPage, '/v1/webhooks/deliveries', { query: { ...params }, signal: o.signal });
  return {
    endpoints: {
      create: (input, o = {}) =>
        http.json(WebhookEndpointCreated, '/v1/webhooks/endpoints', {
          method: 'POST',
          body: input,
          headers: writeHeaders(o),
          signal: o.signal,
        }),
      list: listEndpoints,
      listAll: (o = {}) => paginate((p: PageParams) => listEndpoints(p, o), { limit: 100 }),
      disable: (id, o = {}) =>
        http.json(WebhookEndpoint, `/v1/webhooks/endpoints/${encodeId(id)}`, {
          method: 'DELETE',
          signal: o.signal,
        }),
    },
    deliveries: {
      list,
      listAll: (params = {}, o = {}) => paginate((p: WebhookDeliveryListParams) => list(p, o), params),
      get: (id, o = {}) =>
        http.json(WebhookDeliveryWithAttempts, `/v1/webhooks/deliveries/${encodeId(id)}`, {
          signal: o.signal,
        }),
      redeliver: (id, o = {}) =>
        http.json(WebhookDelivery, `/v1/webhooks/deliveries/${encodeId(id)}/redeliver`, {
          method: 'POST',
          headers: writeHeaders(o),
          signal: o.signal,
        }),
    },
  };
}
