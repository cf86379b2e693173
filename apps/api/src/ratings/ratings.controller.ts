import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  Id,
  PageQuery,
  type Page,
  VoteCreate,
  type NextTask,
  type RatingIntegrity,
  type Session,
  type Vote,
  type VoteResult,
} from '@draftbench/contracts';
import { CurrentSession } from '../auth/current-session.decorator.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { IntegrityService } from './integrity.service.js';
import { RatingsService } from './ratings.service.js';

@Controller('v1/ratings')
export class RatingsController {
  constructor(
    private readonly ratings: RatingsService,
    private readonly integrity: IntegrityService,
  ) {}

  /** The rater's open task, or a new blind pair; `task` is null with a reason when there is none. */
  @Get('next')
  next(@CurrentSession() session: Session): Promise<NextTask> {
    return this.ratings.next(session);
  }

  @Post('assignments/:id/vote')
  vote(
    @Param('id', new ZodValidationPipe(Id, 'path')) id: string,
    @Body(new ZodValidationPipe(VoteCreate)) input: VoteCreate,
    @CurrentSession() session: Session,
  ): Promise<VoteResult> {
    return this.ratings.vote(id, input, session);
  }

  @Get('mine')
  mine(
    @Query(new ZodValidationPipe(PageQuery, 'query')) query: PageQuery,
    @CurrentSession() session: Session,
  ): Promise<Page<Vote>> {
    return this.ratings.mine(session, query);
  }

  /** For leads: rater agreement outliers, position bias, Krippendorff's α, origin-revealing drafts. */
  @Get('integrity')
  report(): Promise<RatingIntegrity> {
    return this.integrity.report();
  }
}
