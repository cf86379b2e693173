import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import {
  BATCH_MAX_FILE_BYTES,
  BATCH_MAX_ROWS,
  BatchCreate,
  BatchListQuery,
  BatchOptions,
  Id,
  JobListQuery,
  type Batch,
  type BatchPage,
  type Job,
  type Page,
} from '@draftbench/contracts';
import { type FastifyRequest } from 'fastify';
import { CurrentCaller, type Caller } from '../auth/current-caller.decorator.js';
import { pageOf } from '../common/cursor.js';
import { notFound } from '../common/problem.exception.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { IdempotencyKey } from '../idempotency/idempotency-key.decorator.js';
import { jobFromRow } from '../jobs/job.mapper.js';
import { batchSummaryFromRow } from './batch.mapper.js';
import { readBatchUpload } from './batch-upload.js';
import { BatchesRepository, emptyCounts } from './batches.repository.js';
import { JobsRepository } from '../jobs/jobs.repository.js';
import { BatchesService } from './batches.service.js';
import { parseBriefsCsv, parseBriefsJson } from './parsing/index.js';

const IdParam = new ZodValidationPipe(Id, 'path');
const JsonBody = new ZodValidationPipe(BatchCreate);
const UploadFields = new ZodValidationPipe(BatchOptions);
const LIMITS = { maxRows: BATCH_MAX_ROWS, maxBytes: BATCH_MAX_FILE_BYTES };

@Controller('v1/batches')
export class BatchesController {
  constructor(
    private readonly service: BatchesService,
    private readonly batches: BatchesRepository,
    private readonly jobRows: JobsRepository,
  ) {}

  /**
   * Either `application/json` (`BatchCreate`) or `multipart/form-data` with a CSV `file` part and the
   * fields `targets` (JSON), `variants` and optionally `parameters` (JSON).
   */
  @Post()
  @HttpCode(201)
  async create(
    @Req() request: FastifyRequest,
    @CurrentCaller() caller: Caller,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<Batch> {
    const jobRequest = { caller, idempotencyKey };
    if (request.isMultipart()) {
      const upload = await readBatchUpload(request);
      const options = UploadFields.transform(upload.fields);
      const targets = this.service.resolveTargets(options);
      return this.service.create({
        source: 'csv',
        fileName: upload.fileName,
        targets,
        variants: options.variants,
        parameters: options.parameters,
        parsed: parseBriefsCsv(upload.bytes, LIMITS),
        request: jobRequest,
      });
    }
    const body = JsonBody.transform(request.body);
    const targets = this.service.resolveTargets(body);
    return this.service.create({
      source: 'json',
      fileName: null,
      targets,
      variants: body.variants,
      parameters: body.parameters,
      parsed: parseBriefsJson(body.briefs, LIMITS),
      request: jobRequest,
    });
  }

  @Get()
  async list(
    @Query(new ZodValidationPipe(BatchListQuery, 'query')) query: BatchListQuery,
  ): Promise<BatchPage> {
    const rows = await this.batches.list(query);
    const counts = await this.batches.jobCounts(rows.slice(0, query.limit).map((r) => r.id));
    return pageOf(rows, query.limit, (row) => batchSummaryFromRow(row, counts.get(row.id) ?? emptyCounts()));
  }

  @Get(':id')
  get(@Param('id', IdParam) id: string): Promise<Batch> {
    return this.service.get(id);
  }

  @Get(':id/jobs')
  async jobs(
    @Param('id', IdParam) id: string,
    @Query(new ZodValidationPipe(JobListQuery.omit({ briefId: true }), 'query'))
    query: Omit<JobListQuery, 'briefId'>,
  ): Promise<Page<Job>> {
    if (!(await this.batches.findById(id))) throw notFound('batch', id);
    return pageOf(await this.jobRows.list({ ...query, batchId: id }), query.limit, jobFromRow);
  }
}
