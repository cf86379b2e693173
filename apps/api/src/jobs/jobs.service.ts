import { Inject, Injectable, Logger } from '@nestjs/common';
import { type Job, type JobCreate, type JobWithDrafts } from '@draftbench/contracts';
import { ProviderRegistry, templateIdOf } from '@draftbench/llm';
import { briefFromRow } from '../briefs/brief.mapper.js';
import { BriefsRepository } from '../briefs/briefs.repository.js';
import { conflict, notFound, ProblemException } from '../common/problem.exception.js';
import { draftFromRow } from '../drafts/draft.mapper.js';
import { JobEventBus } from '../events/job-event-bus.js';
import { GenerationQueue } from '../queue/generation.queue.js';
import { PromptTemplatesService } from '../templates/templates.service.js';
import { WebhookHttpClient } from '../webhooks/webhook-http.client.js';
import { assertWebhookUrl } from '../webhooks/webhook-url.check.js';
import { resolveGenerationTarget } from './generation-target.js';
import { jobFromRow } from './job.mapper.js';
import { callerColumns, slotsOf, type JobRequest } from './job-request.js';
import { JobsRepository } from './jobs.repository.js';

@Injectable()
export class JobsService {
  private readonly logger = new Logger(JobsService.name);

  constructor(
    private readonly jobs: JobsRepository,
    private readonly briefs: BriefsRepository,
    private readonly queue: GenerationQueue,
    @Inject(JobEventBus) private readonly bus: JobEventBus,
    @Inject(ProviderRegistry) private readonly providers: ProviderRegistry,
    private readonly templates: PromptTemplatesService,
    private readonly webhooks: WebhookHttpClient,
  ) {}

  /** Row first (the truth), then the queue entry with jobId = row id. */
  async create(input: JobCreate, request: JobRequest): Promise<Job> {
    const briefRow = await this.briefs.findById(input.briefId);
    if (!briefRow) throw notFound('brief', input.briefId);
    const brief = briefFromRow(briefRow);
    if (brief.status !== 'open')
      throw conflict(`Brief ${brief.id} is closed; reopen it before generating drafts.`);
    const { provider, model } = resolveGenerationTarget(this.providers, input);
    // The exact version is recorded now: moving a label later does not change what this job renders.
    const template = await this.templates.resolveForJob(brief, input.template);
    this.templates.renderRow(template, brief); // a version that cannot render for this brief is a 400 now
    if (input.webhook) assertWebhookUrl(this.webhooks, input.webhook.url, 'webhook.url');
    const row = await this.jobs.create(
      {
        briefId: brief.id,
        provider,
        model,
        promptTemplate: templateIdOf({ ...template, language: brief.language }),
        variants: input.variants,
        parameters: input.parameters,
        webhookUrl: input.webhook?.url ?? null,
        webhookSecret: input.webhook?.secret ?? null,
        ...callerColumns(request),
      },
      slotsOf(request),
    );
    try {
      await this.queue.enqueue(row.id);
    } catch (error) {
      this.logger.error(`Could not enqueue job ${row.id}: ${String(error)}`);
      await this.jobs.markFailed(row.id, {
        code: 'queue_unavailable',
        message: 'The job queue was unavailable; create the job again.',
      });
      throw new ProblemException(
        503,
        'Queue unavailable',
        'The job queue is not reachable right now, so the job was not started. Try again in a moment.',
      );
    }
    return jobFromRow(row);
  }

  async get(id: string): Promise<JobWithDrafts> {
    const found = await this.jobs.findWithDrafts(id);
    if (!found) throw notFound('job', id);
    return { ...jobFromRow(found.job), drafts: found.drafts.map(draftFromRow) };
  }

  async cancel(id: string): Promise<Job> {
    const cancelled = await this.jobs.cancel(id);
    if (!cancelled) {
      const row = await this.jobs.findById(id);
      if (!row) throw notFound('job', id);
      throw conflict(
        `Job ${id} has already finished (${row.state}); only queued or running jobs can be cancelled.`,
      );
    }
    await this.queue.remove(id);
    // The worker holding the job aborts its provider call on this signal.
    await this.bus.publish({ kind: 'cancel', jobId: id });
    await this.bus.publish({ kind: 'state', jobId: id });
    return jobFromRow(cancelled);
  }
}
