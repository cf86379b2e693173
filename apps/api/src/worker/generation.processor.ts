import { Inject, Injectable, Logger } from '@nestjs/common';
import { type Brief, type TokenUsage } from '@draftbench/contracts';
import { type DraftRow } from '@draftbench/db';
import {
  computeCostUsd,
  ProviderRegistry,
  TemplateError,
  type GenerateRequest,
  type LlmProvider,
} from '@draftbench/llm';
import { UnrecoverableError } from 'bullmq';
import { briefFromRow } from '../briefs/brief.mapper.js';
import { BriefsRepository } from '../briefs/briefs.repository.js';
import { DraftsRepository } from '../drafts/drafts.repository.js';
import { JobEventBus } from '../events/job-event-bus.js';
import { splitDelta } from '../events/job-signal.js';
import { JobsRepository } from '../jobs/jobs.repository.js';
import { MissingTemplateVersionError, renderJobPrompt } from '../templates/job-prompt.js';
import { PromptTemplatesRepository } from '../templates/templates.repository.js';
import { RetryableJobError, settleFailedAttempt } from './attempts.js';

export interface AttemptInfo {
  jobId: string;
  /** 1-based number of this attempt, and how many the queue allows. */
  attempt: number;
  maxAttempts: number;
  signal: AbortSignal;
}

const sumUsage = (drafts: DraftRow[]): TokenUsage =>
  drafts.reduce(
    (acc, d) => ({
      promptTokens: acc.promptTokens + (d.usage?.promptTokens ?? 0),
      completionTokens: acc.completionTokens + (d.usage?.completionTokens ?? 0),
      totalTokens: acc.totalTokens + (d.usage?.totalTokens ?? 0),
    }),
    { promptTokens: 0, completionTokens: 0, totalTokens: 0 },
  );

/**
 * One attempt at a generation job: row → running, stream each missing variant from the provider,
 * store it (idempotent per variant), then succeeded. Only the last attempt, or a failure no retry can
 * fix, writes `failed`; a cancelled row is never overwritten.
 */
@Injectable()
export class GenerationProcessor {
  private readonly logger = new Logger(GenerationProcessor.name);

  constructor(
    private readonly jobs: JobsRepository,
    private readonly briefs: BriefsRepository,
    private readonly drafts: DraftsRepository,
    @Inject(JobEventBus) private readonly bus: JobEventBus,
    @Inject(ProviderRegistry) private readonly providers: ProviderRegistry,
    private readonly templates: PromptTemplatesRepository,
  ) {}

  async process({ jobId, attempt, maxAttempts, signal }: AttemptInfo): Promise<void> {
    const job = await this.jobs.markRunning(jobId);
    if (!job) return; // cancelled, finished, or deleted: nothing to do
    await this.publishState(jobId);

    try {
      const provider = this.providers.find(job.provider);
      if (!provider)
        throw new UnrecoverableError(`Provider "${job.provider}" is not configured on this worker.`);
      const briefRow = await this.briefs.findById(job.briefId);
      if (!briefRow) throw new UnrecoverableError(`Brief ${job.briefId} no longer exists.`);
      const brief = briefFromRow(briefRow);
      const prompt = await this.renderPrompt(job.promptTemplate, brief);
      const done = new Set((await this.drafts.listByJob(jobId)).map((d) => d.variant));
      const missing = Array.from({ length: job.variants }, (_, v) => v).filter((v) => !done.has(v));

      await Promise.all(
        missing.map((variant) =>
          this.generateVariant(provider, {
            jobId,
            promptTemplate: job.promptTemplate,
            variant,
            model: job.model,
            brief,
            prompt,
            parameters: job.parameters,
            signal,
          }),
        ),
      );

      const stored = await this.drafts.listByJob(jobId);
      const cost = stored.reduce((acc, d) => acc + (d.costUsd ?? 0), 0);
      if (await this.jobs.markSucceeded(jobId, sumUsage(stored), cost)) await this.publishState(jobId);
    } catch (error) {
      await this.handleFailure(jobId, error, attempt >= maxAttempts, signal);
    }
  }

  /** The exact version the job recorded (not whatever a label points at now). */
  private async renderPrompt(promptTemplate: string, brief: Brief) {
    try {
      return await renderJobPrompt(this.templates, promptTemplate, brief);
    } catch (error) {
      if (error instanceof MissingTemplateVersionError || error instanceof TemplateError)
        throw new UnrecoverableError(error.message);
      throw error;
    }
  }

  private async generateVariant(
    provider: LlmProvider,
    req: Omit<GenerateRequest, 'onDelta'> & { jobId: string; promptTemplate: string },
  ): Promise<void> {
    const { jobId, variant } = req;
    const started = performance.now();
    // Deltas go out in order on one promise chain without holding up the provider stream.
    let published = Promise.resolve();
    const result = await provider.generate({
      ...req,
      onDelta: (text) => {
        for (const part of splitDelta(text)) {
          published = published.then(() =>
            this.bus.publish({ kind: 'delta', jobId, variant, text: part }).catch(() => undefined),
          );
        }
      },
    });
    await published;
    const model = provider.info.models.find((m) => m.id === req.model);
    const draft = await this.drafts.insertGenerated({
      briefId: req.brief.id,
      jobId,
      variant,
      origin: 'aigc',
      body: result.text,
      scenes: result.scenes,
      authorKind: 'model',
      provider: provider.info.name,
      model: req.model,
      ruleBased: provider.info.ruleBased,
      promptTemplate: req.promptTemplate,
      usage: result.usage,
      latencyMs: Math.round(performance.now() - started),
      costUsd: model ? computeCostUsd(result.usage, model) : 0,
    });
    await this.bus.publish({ kind: 'draft', jobId, draftId: draft.id });
  }

  private async handleFailure(
    jobId: string,
    error: unknown,
    lastAttempt: boolean,
    signal: AbortSignal,
  ): Promise<void> {
    const current = await this.jobs.findById(jobId);
    if (!current || current.state === 'cancelled') return; // a cancel aborted the call: not a failure
    if (signal.aborted) throw new RetryableJobError('The worker stopped during the attempt.');

    await settleFailedAttempt(error, lastAttempt, {
      fail: async (reason) => {
        if (await this.jobs.markFailed(jobId, reason)) await this.publishState(jobId);
        this.logger.warn(`Job ${jobId} failed: ${reason.code}: ${reason.message}`);
      },
      retry: async (reason) => {
        if (await this.jobs.markRetrying(jobId, reason)) await this.publishState(jobId);
      },
    });
  }

  private async publishState(jobId: string): Promise<void> {
    await this.bus.publish({ kind: 'state', jobId }).catch(() => undefined);
  }
}
