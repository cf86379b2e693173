import { Injectable } from '@nestjs/common';
import {
  type WebhookEndpoint,
  type WebhookEndpointCreate,
  type WebhookEndpointCreated,
  type WebhookEndpointPage,
  type PageQuery,
} from '@draftbench/contracts';
import { type Caller } from '../auth/current-caller.decorator.js';
import { pageOf } from '../common/cursor.js';
import { notFound, ProblemException } from '../common/problem.exception.js';
import { WebhookEndpointsRepository } from './webhook-endpoints.repository.js';
import { WebhookHttpClient } from './webhook-http.client.js';
import { webhookEndpointFromRow } from './webhook.mapper.js';
import { newWebhookSecret } from './webhook-signature.js';
import { assertWebhookUrl } from './webhook-url.check.js';

@Injectable()
export class WebhookEndpointsService {
  constructor(
    private readonly endpoints: WebhookEndpointsRepository,
    private readonly http: WebhookHttpClient,
  ) {}

  /** The answer is the only time the secret is shown. */
  async create(input: WebhookEndpointCreate, caller: Caller): Promise<WebhookEndpointCreated> {
    assertWebhookUrl(this.http, input.url, 'url');
    const apiKeyId = await this.keyFor(input.apiKeyId, caller);
    const secret = newWebhookSecret();
    const row = await this.endpoints.create({
      ownerId: caller.user.id,
      apiKeyId,
      url: input.url,
      secret,
      events: input.events,
      description: input.description ?? null,
    });
    return { ...webhookEndpointFromRow(row), secret };
  }

  async list(caller: Caller, query: PageQuery): Promise<WebhookEndpointPage> {
    return pageOf(
      await this.endpoints.listByOwner(caller.user.id, query),
      query.limit,
      webhookEndpointFromRow,
    );
  }

  async disable(id: string, caller: Caller): Promise<WebhookEndpoint> {
    const row = await this.endpoints.disable(id, caller.user.id);
    if (!row) throw notFound('webhook endpoint', id);
    return webhookEndpointFromRow(row);
  }

  /**
   * Which jobs the endpoint hears about: those of the named key (one of the caller's), else of the key
   * making the request, else the caller's own signed-in jobs. A key registers endpoints for itself only.
   */
  private async keyFor(named: string | undefined, { user, apiKey }: Caller): Promise<string | null> {
    if (apiKey) {
      if (named && named !== apiKey.id)
        throw new ProblemException(
          403,
          'Another API key',
          `The API key ${apiKey.prefix} can register endpoints for itself only; omit apiKeyId, or sign in to choose another key.`,
        );
      return apiKey.id;
    }
    if (named && !(await this.endpoints.ownsLiveKey(user.id, named))) throw notFound('API key', named);
    return named ?? null;
  }
}
