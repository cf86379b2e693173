import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type Batch,
  type BatchOptions,
  type BatchSource,
  type Brief,
  type GenerationParameters,
} from '@draftbench/contracts';
import { defaultTemplateKey, ProviderRegistry, templateIdOf } from '@draftbench/llm';
import { randomUUID } from 'node:crypto';
import { briefToRow } from '../briefs/brief.mapper.js';
import { notFound, ProblemException } from '../common/problem.exception.js';
import { BulkEnqueueError, GenerationQueue } from '../queue/generation.queue.js';
import { PromptTemplatesService } from '../templates/templates.service.js';
import { batchFromRow } from './batch.mapper.js';
import { BatchesRepository, emptyCounts, type NewBriefRow, type NewJobRow } from './batches.repository.js';
import { resolveBatchTargets, type GenerationTarget } from '../jobs/generation-target.js';
import { callerColumns, slotsOf, type JobRequest } from '../jobs/job-request.js';
import { type BatchParseResult, type BatchRowError } from './parsing/index.js';

export interface BatchInput {
  source: BatchSource;
  fileName: string | null;
  targets: GenerationTarget[];
  variants: number;
  parameters: GenerationParameters | undefined;
  parsed: BatchParseResult;
  request: JobRequest;
}

@Injectable()
export class BatchesService {
  private readonly logger = new Logger(BatchesService.name);

  constructor(
    private readonly batches: BatchesRepository,
    private readonly queue: GenerationQueue,
    @Inject(ProviderRegistry) private readonly providers: ProviderRegistry,
    private readonly templates: PromptTemplatesService,
  ) {}

  /** Checked before the input is read, so a wrong provider or model costs nothing and creates nothing. */
  resolveTargets(options: Pick<BatchOptions, 'targets'>): GenerationTarget[] {
    return resolveBatchTargets(this.providers, options.targets);
  }

  /**
   * Valid rows become briefs with one job per target; the batch row, briefs and jobs are written in one
   * transaction, and only then enqueued (jobId = row id), as `POST /v1/jobs` does for one job.
   */
  async create(input: BatchInput): Promise<Batch> {
    const { parsed } = input;
    if (parsed.fileErrors.length > 0) {
      const path = input.source === 'csv' ? 'file' : 'briefs';
      throw new ProblemException(
        400,
        'Invalid batch file',
        `Nothing was created: ${parsed.fileErrors.join(' ')}`,
        parsed.fileErrors.map((message) => ({ path, message })),
      );
    }

    const batchId = randomUUID();
    const now = new Date().toISOString();
    const parameters = input.parameters ?? {};
    const briefRows: NewBriefRow[] = [];
    const jobRows: NewJobRow[] = [];
    const rejected: BatchRowError[] = [...parsed.errors];
    const templateOf = this.templateResolver();
    for (const { line, brief } of parsed.rows) {
      const briefId = randomUUID();
      const asStored: Brief = { ...brief, id: briefId, status: 'open', createdAt: now, updatedAt: now };
      // The template version a single job would record; a row whose template cannot render is rejected.
      const promptTemplate = await templateOf(asStored).catch((error: unknown) => {
        if (!(error instanceof ProblemException)) throw error;
        rejected.push({ line, errors: [{ path: 'template', message: error.detail }] });
        return undefined;
      });
      if (promptTemplate === undefined) continue;
      briefRows.push({ ...briefToRow(brief), id: briefId, batchId });
      for (const target of input.targets) {
        jobRows.push({
          id: randomUUID(),
          briefId,
          batchId,
          provider: target.provider,
          model: target.model,
          promptTemplate,
          variants: input.variants,
          parameters,
          ...callerColumns(input.request),
        });
      }
    }
    rejected.sort((a, b) => a.line - b.line);

    const row = await this.batches.create(
      {
        id: batchId,
        createdBy: input.request.caller.user.id,
        source: input.source,
        fileName: input.fileName,
        encoding: parsed.encoding,
        targets: input.targets,
        variants: input.variants,
        totalRows: parsed.rows.length + parsed.errors.length,
        acceptedRows: briefRows.length,
        rejectedRows: rejected,
      },
      briefRows,
      jobRows,
      slotsOf(input.request),
    );
    this.logger.log(
      `Batch ${batchId}: ${briefRows.length} briefs, ${jobRows.length} jobs, ${rejected.length} rows rejected`,
    );

    const jobIds = jobRows.map((j) => j.id!);
    try {
      await this.queue.enqueueMany(jobIds);
    } catch (error) {
      const enqueued = error instanceof BulkEnqueueError ? error.enqueued : 0;
      this.logger.error(`Could not enqueue jobs of batch ${batchId}: ${String(error)}`);
      await this.batches.failQueued(jobIds.slice(enqueued), {
        code: 'queue_unavailable',
        message: 'The job queue was unavailable; create the job again.',
      });
      throw new ProblemException(
        503,
        'Queue unavailable',
        `The job queue is not reachable right now. Batch ${batchId} and its ${briefRows.length} briefs were saved, ` +
          `but ${jobIds.length - enqueued} of its ${jobIds.length} jobs could not be started and are marked failed; ` +
          'start generation for those briefs again in a moment.',
      );
    }
    return this.get(row.id, row);
  }

  /**
   * `PromptTemplatesService.resolveForJob` (the production version of the brief's default key) looked up
   * once per key and language rather than once per row, then rendered for each brief as a single job is.
   */
  private templateResolver(): (brief: Brief) => Promise<string> {
    const resolved = new Map<string, ReturnType<PromptTemplatesService['resolveForJob']>>();
    return async (brief) => {
      const cacheKey = `${defaultTemplateKey(brief)}|${brief.language}`;
      let pending = resolved.get(cacheKey);
      if (!pending) resolved.set(cacheKey, (pending = this.templates.resolveForJob(brief)));
      const template = await pending;
      this.templates.renderRow(template, brief);
      return templateIdOf({ ...template, language: brief.language });
    };
  }

  async get(id: string, known?: Awaited<ReturnType<BatchesRepository['findById']>>): Promise<Batch> {
    const row = known ?? (await this.batches.findById(id));
    if (!row) throw notFound('batch', id);
    const counts = await this.batches.jobCounts([id]);
    return batchFromRow(row, counts.get(id) ?? emptyCounts());
  }
}
