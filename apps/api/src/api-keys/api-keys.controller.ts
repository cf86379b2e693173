import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiKeyCreate,
  Id,
  type ApiKey,
  type ApiKeyCreated,
  type ApiKeyPage,
  PageQuery,
  type Session,
} from '@draftbench/contracts';
import { CurrentSession } from '../auth/current-session.decorator.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { NotIdempotent } from '../idempotency/not-idempotent.decorator.js';
import { ApiKeysService } from './api-keys.service.js';

/** The signed-in user's own keys. */
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  @HttpCode(201)
  @NotIdempotent('its answer carries the secret, which is never stored; create another key instead')
  create(
    @Body(new ZodValidationPipe(ApiKeyCreate)) input: ApiKeyCreate,
    @CurrentSession() session: Session,
  ): Promise<ApiKeyCreated> {
    return this.keys.create(input, session.user);
  }

  @Get()
  list(
    @CurrentSession() session: Session,
    @Query(new ZodValidationPipe(PageQuery, 'query')) query: PageQuery,
  ): Promise<ApiKeyPage> {
    return this.keys.list(session.user.id, query);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  revoke(
    @Param('id', new ZodValidationPipe(Id, 'path')) id: string,
    @CurrentSession() session: Session,
  ): Promise<ApiKey> {
    return this.keys.revoke(id, session.user.id);
  }
}
