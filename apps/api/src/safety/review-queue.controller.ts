import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  Id,
  ModerationDecision,
  PageQuery,
  type Draft,
  type Page,
  type Session,
} from '@draftbench/contracts';
import { CurrentSession } from '../auth/current-session.decorator.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { ReviewQueueService } from './review-queue.service.js';

@Controller('v1')
export class ReviewQueueController {
  constructor(private readonly queue: ReviewQueueService) {}

  @Get('moderation')
  held(@Query(new ZodValidationPipe(PageQuery, 'query')) query: PageQuery): Promise<Page<Draft>> {
    return this.queue.held(query);
  }

  @Post('drafts/:id/moderation')
  @HttpCode(200)
  decide(
    @Param('id', new ZodValidationPipe(Id, 'path')) draftId: string,
    @Body(new ZodValidationPipe(ModerationDecision)) input: ModerationDecision,
    @CurrentSession() session: Session,
  ): Promise<Draft> {
    return this.queue.decide(draftId, input, session);
  }
}
