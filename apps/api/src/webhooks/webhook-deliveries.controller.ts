import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  Id,
  WebhookDeliveryListQuery,
  type Page,
  type WebhookDelivery,
  type WebhookDeliveryWithAttempts,
} from '@draftbench/contracts';
import { CurrentCaller, type Caller } from '../auth/current-caller.decorator.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { WebhookDeliveriesService } from './webhook-deliveries.service.js';

const IdParam = new ZodValidationPipe(Id, 'path');

/** The delivery log: every event sent to the caller's endpoints and to their jobs' own webhooks. */
@Controller('v1/webhooks/deliveries')
export class WebhookDeliveriesController {
  constructor(private readonly deliveries: WebhookDeliveriesService) {}

  @Get()
  list(
    @Query(new ZodValidationPipe(WebhookDeliveryListQuery, 'query')) query: WebhookDeliveryListQuery,
    @CurrentCaller() caller: Caller,
  ): Promise<Page<WebhookDelivery>> {
    return this.deliveries.list(caller.user.id, query);
  }

  @Get(':id')
  get(
    @Param('id', IdParam) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<WebhookDeliveryWithAttempts> {
    return this.deliveries.get(id, caller.user.id);
  }

  @Post(':id/redeliver')
  @HttpCode(202)
  redeliver(@Param('id', IdParam) id: string, @CurrentCaller() caller: Caller): Promise<WebhookDelivery> {
    return this.deliveries.redeliver(id, caller.user.id);
  }
}
