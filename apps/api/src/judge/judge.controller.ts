import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  Id,
  JudgeAgreementQuery,
  JudgeRunCreate,
  PageQuery,
  type JudgeAgreementReport,
  type JudgeRun,
  type Page,
  type JudgeStatus,
  type Session,
} from '@draftbench/contracts';
import { CurrentSession } from '../auth/current-session.decorator.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { JudgeAgreementService } from './judge-agreement.service.js';
import { JudgeService } from './judge.service.js';

const IdParam = new ZodValidationPipe(Id, 'path');

@Controller('v1/judge')
export class JudgeController {
  constructor(
    private readonly service: JudgeService,
    private readonly agreementService: JudgeAgreementService,
  ) {}

  /** Whether a chat provider is configured to judge, and which; with only the template engine, what to set. */
  @Get('status')
  status(): JudgeStatus {
    return this.service.status();
  }

  @Post('runs')
  @HttpCode(202)
  create(
    @Body(new ZodValidationPipe(JudgeRunCreate)) input: JudgeRunCreate,
    @CurrentSession() session: Session,
  ): Promise<JudgeRun> {
    return this.service.create(input, session);
  }

  @Get('runs')
  list(@Query(new ZodValidationPipe(PageQuery, 'query')) query: PageQuery): Promise<Page<JudgeRun>> {
    return this.service.list(query);
  }

  @Get('runs/:id')
  get(@Param('id', IdParam) id: string): Promise<JudgeRun> {
    return this.service.get(id);
  }

  /** Per judge: consistency across the two orders, position preference, and agreement with people. */
  @Get('agreement')
  agreement(
    @Query(new ZodValidationPipe(JudgeAgreementQuery, 'query')) query: JudgeAgreementQuery,
  ): Promise<JudgeAgreementReport> {
    return this.agreementService.report(query);
  }
}
