import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  AssignmentCreate,
  AssignmentListQuery,
  DraftSave,
  Id,
  MinutesCorrection,
  ReviewCreate,
  type Assignment,
  type Page,
  type Session,
} from '@draftbench/contracts';
import { CurrentSession } from '../auth/current-session.decorator.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { AssignmentsService } from './assignments.service.js';

const IdParam = new ZodValidationPipe(Id, 'path');

@Controller('v1/assignments')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Post()
  @HttpCode(201)
  create(
    @Body(new ZodValidationPipe(AssignmentCreate)) input: AssignmentCreate,
    @CurrentSession() session: Session,
  ): Promise<Assignment> {
    return this.assignments.create(input, session);
  }

  @Get()
  list(
    @Query(new ZodValidationPipe(AssignmentListQuery, 'query')) query: AssignmentListQuery,
    @CurrentSession() session: Session,
  ): Promise<Page<Assignment>> {
    return this.assignments.list(query, session);
  }

  @Get(':id')
  get(@Param('id', IdParam) id: string, @CurrentSession() session: Session): Promise<Assignment> {
    return this.assignments.get(id, session);
  }

  @Put(':id/draft')
  save(
    @Param('id', IdParam) id: string,
    @Body(new ZodValidationPipe(DraftSave)) input: DraftSave,
    @CurrentSession() session: Session,
  ): Promise<Assignment> {
    return this.assignments.save(id, input, session);
  }

  @Post(':id/submit')
  @HttpCode(200)
  submit(@Param('id', IdParam) id: string, @CurrentSession() session: Session): Promise<Assignment> {
    return this.assignments.submit(id, session);
  }

  @Post(':id/reviews')
  @HttpCode(200)
  review(
    @Param('id', IdParam) id: string,
    @Body(new ZodValidationPipe(ReviewCreate)) input: ReviewCreate,
    @CurrentSession() session: Session,
  ): Promise<Assignment> {
    return this.assignments.review(id, input, session);
  }

  @Put(':id/minutes')
  correctMinutes(
    @Param('id', IdParam) id: string,
    @Body(new ZodValidationPipe(MinutesCorrection)) input: MinutesCorrection,
    @CurrentSession() session: Session,
  ): Promise<Assignment> {
    return this.assignments.correctMinutes(id, input, session);
  }
}
