import { Inject, Injectable, Logger } from '@nestjs/common';
import { SafetyRefusal, type Brief, type SafetyCheck, type TokenUsage } from '@draftbench/contracts';
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
import { DraftsRepository } from '../drafts/drafts.repository.js';
import { JobEventBus } from '../events/job-event-bus.js';
import { splitDelta } from '../events/job-signal.js';
import { JobsRepository } from '../jobs/jobs.repository.js';
import { briefText } from '../safety/brief-text.js';
import { heldModeration, needsReview, SafetyGate } from '../safety/safety-gate.js';
import { MissingTemplateVersionError, renderJobPrompt } from '../templates/job-prompt.js';
import { PromptTemplatesRepository } from '../templates/templates.repository.js';
import { RetryableFailure, RetryableJobError, settleFailedAttempt } from './attempts.js';
import { attemptOutcome, HandBack, type RateLimitedRounds } from './hand-back.js';
import { ProviderLimits } from './provider-limits.js';
import { DeltaCoalescer } from './delta-coalescer.js';

/** At most one delta message per variant this often, after the first (50 a second). */
const DELTA_INTERVAL_MS = 20;

export interface AttemptInfo {
  jobId: string;
  /** 1-based number of this attempt, and how many the queue allows. */
  attempt: number;
  maxAttempts: number;
  signal: AbortSignal;
  /** 429 rounds the job has waited out so far, and how many it may (see hand-back.ts). */
  rateLimitedRounds: RateLimitedRounds;
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

/** What holds an AI draft for a lead: its own check, else a flag on its brief (the brief went ahead, a person looks). */
const reviewOf = (output: SafetyCheck, brief: SafetyCheck): SafetyCheck | null =>
  needsReview(output) ? output : brief.verdict.decision === 'flag' ? brief : null;

/**
 * One attempt at a generation job: row → running, the safety gate on the brief (a refusal ends the job
 * `refused` before any model call), stream each missing variant from the provider, check and store it
 * (idempotent per variant; flagged drafts are held), then succeeded. Only the last attempt, or a failure
 * no retry can fix, writes `failed`; a cancelled row is never overwritten. An attempt stopped by a limit
 * (a spent budget, a 429 with Retry-After) is handed back without counting (hand-back.ts).
 */
@Injectable()
export class GenerationProcessor {
  private readonly logger = new Logger(GenerationProcessor.name);

  constructor(
    private readonly jobs: JobsRepository,
    private readonly drafts: DraftsRepository,
    @Inject(JobEventBus) private readonly bus: JobEventBus,
    @Inject(ProviderRegistry) private readonly providers: ProviderRegistry,
    private readonly templates: PromptTemplatesRepository,
    private readonly safety: SafetyGate,
    private readonly limits: ProviderLimits,
  ) {}

  async process({ jobId, attempt, maxAttempts, signal, rateLimitedRounds }: AttemptInfo): Promise<void> {
    const job = await this.jobs.markRunning(jobId);
    if (!job) return; // cancelled, finished, or deleted: nothing to do
    await this.publishState(jobId);

    try {
      const provider = this.providers.find(job.provider);
      if (!provider)
        throw new UnrecoverableError(`Provider "${job.provider}" is not configured on this worker.`);
      if (!job.brief) throw new UnrecoverableError(`Brief ${job.briefId} no longer exists.`);
      const brief = briefFromRow(job.brief);
      const briefCheck = await this.safety.check(briefText(brief), 'brief', signal);
      if (briefCheck.verdict.decision === 'refuse') {
        if (await this.jobs.markRefused(jobId, SafetyRefusal.parse(briefCheck.verdict)))
          await this.publishState(jobId);
        return;
      }
      if (briefCheck.moderation === 'unavailable')
        throw new RetryableFailure(
          'moderation_unavailable',
          'The moderation endpoint did not answer, so the brief could not be checked and no model was called.',
        );
      const prompt = await this.renderPrompt(job.promptTemplate, brief);
      const earlier = job.draftsStored > 0 ? await this.drafts.listByJob(jobId) : [];
      const done = new Set(earlier.map((d) => d.variant));
      const missing = Array.from({ length: job.variants }, (_, v) => v).filter((v) => !done.has(v));

      // Every variant settles before the attempt does: no call outlives the attempt that made it.
      const calls = await Promise.allSettled(
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
            briefCheck,
          }),
        ),
      );
      const failed = calls.flatMap((c) => (c.status === 'rejected' ? [c.reason as unknown] : []));
      if (failed.length > 0) throw attemptOutcome(failed, rateLimitedRounds);

      // Every variant is stored now: the earlier attempts' and this one's (each call returned its row).
      const stored = [...earlier, ...calls.flatMap((c) => (c.status === 'fulfilled' ? [c.value] : []))];
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
    {
      briefCheck,
      ...req
    }: Omit<GenerateRequest, 'onDelta'> & { jobId: string; promptTemplate: string; briefCheck: SafetyCheck },
  ): Promise<DraftRow> {
    const { jobId, variant } = req;
    const started = performance.now();
    // Deltas go out in order without holding up the provider stream, coalesced (see DeltaCoalescer).
    const deltas = new DeltaCoalescer(async (text) => {
      for (const part of splitDelta(text))
        await this.bus.publish({ kind: 'delta', jobId, variant, text: part }).catch(() => undefined);
    }, DELTA_INTERVAL_MS);
    const result = await this.limits.generate(provider, { ...req, onDelta: (text) => deltas.push(text) });
    await deltas.end();
    const latencyMs = Math.round(performance.now() - started);
    const review = reviewOf(await this.safety.check(result.text, 'output', req.signal), briefCheck);
    const model = provider.info.models.find((m) => m.id === req.model);
    const draft = await this.drafts.insertGenerated(
      {
        briefId: req.brief.id,
        jobId,
        variant,
        origin: 'aigc',
        status: review ? 'held' : 'published',
        moderation: review ? heldModeration(review) : null,
        body: result.text,
        scenes: result.scenes,
        authorKind: 'model',
        provider: provider.info.name,
        model: req.model,
        ruleBased: provider.info.ruleBased,
        promptTemplate: req.promptTemplate,
        usage: result.usage,
        latencyMs,
        costUsd: model ? computeCostUsd(result.usage, model) : 0,
      },
      req.brief,
    );
    await this.bus.publish({ kind: 'draft', jobId, draftId: draft.id });
    return draft;
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
    if (error instanceof HandBack) {
      if (await this.jobs.markHandedBack(jobId, error.reason)) await this.publishState(jobId);
      throw error;
    }

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
