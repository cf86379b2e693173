import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  Id,
  WebhookEndpointCreate,
  type WebhookEndpoint,
  type WebhookEndpointCreated,
  type WebhookEndpointPage,
  PageQuery,
} from '@draftbench/contracts';
import { CurrentCaller, type Caller } from '../auth/current-caller.decorator.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { WebhookEndpointsService } from './webhook-endpoints.service.js';

/** The caller's own webhook endpoints. */
@Controller('v1/webhooks/endpoints')
export class WebhookEndpointsController {
  constructor(private readonly endpoints: WebhookEndpointsService) {}

  @Post()
  @HttpCode(201)
  create(
    @Body(new ZodValidationPipe(WebhookEndpointCreate)) input: WebhookEndpointCreate,
    @CurrentCaller() caller: Caller,
  ): Promise<WebhookEndpointCreated> {
    return this.endpoints.create(input, caller);
  }

  @Get()
  list(
    @CurrentCaller() caller: Caller,
    @Query(new ZodValidationPipe(PageQuery, 'query')) query: PageQuery,
  ): Promise<WebhookEndpointPage> {
    return this.endpoints.list(caller, query);
  }

  @Delete(':id')
  @HttpCode(200)
  disable(
    @Param('id', new ZodValidationPipe(Id, 'path')) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<WebhookEndpoint> {
    return this.endpoints.disable(id, caller);
  }
}
