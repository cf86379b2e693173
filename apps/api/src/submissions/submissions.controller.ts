import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { Id, PageQuery, UgcSubmission, type Draft, type Page, type Session } from '@draftbench/contracts';
import { CurrentSession } from '../auth/current-session.decorator.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { SubmissionsService } from './submissions.service.js';

const IdParam = new ZodValidationPipe(Id, 'path');

@Controller('v1')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Post('briefs/:id/submissions')
  @HttpCode(201)
  submit(
    @Param('id', IdParam) briefId: string,
    @Body(new ZodValidationPipe(UgcSubmission)) input: UgcSubmission,
    @CurrentSession() session: Session,
  ): Promise<Draft> {
    return this.submissions.submit(briefId, input, session);
  }

  @Get('submissions/mine')
  mine(
    @Query(new ZodValidationPipe(PageQuery, 'query')) query: PageQuery,
    @CurrentSession() session: Session,
  ): Promise<Page<Draft>> {
    return this.submissions.mine(session, query);
  }
}
