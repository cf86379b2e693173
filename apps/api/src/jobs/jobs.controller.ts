import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { Id, JobCreate, JobListQuery, type Job, type JobWithDrafts, type Page } from '@draftbench/contracts';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { CurrentCaller, type Caller } from '../auth/current-caller.decorator.js';
import { pageOf } from '../common/cursor.js';
import { IdempotencyKey } from '../idempotency/idempotency-key.decorator.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { jobFromRow } from './job.mapper.js';
import { JobEventsStream } from './job-events.stream.js';
import { JobsRepository } from './jobs.repository.js';
import { JobsService } from './jobs.service.js';

const IdParam = new ZodValidationPipe(Id, 'path');

@Controller('v1/jobs')
export class JobsController {
  constructor(
    private readonly service: JobsService,
    private readonly jobs: JobsRepository,
    private readonly eventsStream: JobEventsStream,
  ) {}

  @Post()
  @HttpCode(202)
  create(
    @Body(new ZodValidationPipe(JobCreate)) input: JobCreate,
    @CurrentCaller() caller: Caller,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<Job> {
    return this.service.create(input, { caller, idempotencyKey });
  }

  @Get()
  async list(@Query(new ZodValidationPipe(JobListQuery, 'query')) query: JobListQuery): Promise<Page<Job>> {
    return pageOf(await this.jobs.list(query), query.limit, jobFromRow);
  }

  @Get(':id')
  get(@Param('id', IdParam) id: string): Promise<JobWithDrafts> {
    return this.service.get(id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@Param('id', IdParam) id: string): Promise<Job> {
    return this.service.cancel(id);
  }

  @Get(':id/events')
  async events(
    @Param('id', IdParam) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.eventsStream.open(id, request, reply);
  }
}
