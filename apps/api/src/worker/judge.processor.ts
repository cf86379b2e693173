import { Inject, Injectable, Logger } from '@nestjs/common';
import { setTimeout as delay } from 'node:timers/promises';
import { RUBRIC_CRITERIA, type Brief, type ModelInfo, type TokenUsage } from '@draftbench/contracts';
import { type DraftRow, type JudgeRunRow } from '@draftbench/db';
import {
  combineVerdict,
  computeCostUsd,
  parseJudgeAnswer,
  ProviderRegistry,
  renderJudgePrompt,
  type GenerateResult,
  type JudgeAnswer,
  type LlmProvider,
  type MalformedAnswer,
} from '@draftbench/llm';
import { UnrecoverableError } from 'bullmq';
import { briefFromRow } from '../briefs/brief.mapper.js';
import { BriefsRepository } from '../briefs/briefs.repository.js';
import { forEachLimited } from '../common/for-each-limited.js';
import { type Env } from '../config/env.schema.js';
import { DraftsRepository } from '../drafts/drafts.repository.js';
import { JobEventBus } from '../events/job-event-bus.js';
import { ENV } from '../infrastructure/tokens.js';
import { JudgeRunsRepository, type JudgePair } from '../judge/judge-runs.repository.js';
import { JudgeVerdictsRepository, pairKey } from '../judge/judge-verdicts.repository.js';
import { RetryableJobError, settleFailedAttempt } from './attempts.js';
import { BudgetExhausted } from './provider-budget.js';
import { ProviderLimits } from './provider-limits.js';

export interface JudgeAttempt {
  runId: string;
  /** 1-based number of this attempt, and how many the queue allows. */
  attempt: number;
  maxAttempts: number;
  signal: AbortSignal;
}

const STOPPED = {
  code: 'worker_stopped',
  message: 'The worker stopped during the run; it resumes with the pairs not yet judged.',
};

/** A malformed answer is kept for a person to read, up to this many characters. */
const KEPT_ANSWER_CHARS = 2000;

/** One call's answer: its text, what it parsed to, and what it cost. */
interface Answered {
  text: string;
  usage: TokenUsage;
  answer: JudgeAnswer | MalformedAnswer;
}

const addUsage = (x: TokenUsage, y: TokenUsage): TokenUsage => ({
  promptTokens: x.promptTokens + y.promptTokens,
  completionTokens: x.completionTokens + y.completionTokens,
  totalTokens: x.totalTokens + y.totalTokens,
});

/**
 * One attempt at a judge run: row → running, judge every planned pair this judge has no verdict for yet
 * (so a retried attempt resumes), then succeeded. Each pair takes two calls with the drafts' order
 * swapped; their combination is stored once per pair and judge.
 */
@Injectable()
export class JudgeProcessor {
  private readonly logger = new Logger(JudgeProcessor.name);

  constructor(
    private readonly runs: JudgeRunsRepository,
    private readonly verdicts: JudgeVerdictsRepository,
    private readonly briefs: BriefsRepository,
    private readonly drafts: DraftsRepository,
    @Inject(JobEventBus) private readonly bus: JobEventBus,
    @Inject(ProviderRegistry) private readonly providers: ProviderRegistry,
    @Inject(ENV) private readonly env: Env,
    private readonly limits: ProviderLimits,
  ) {}

  async process({ runId, attempt, maxAttempts, signal }: JudgeAttempt): Promise<void> {
    const run = await this.runs.markRunning(runId);
    if (!run) return; // finished or deleted: nothing to do
    await this.publish(runId);
    try {
      const provider = this.providers.find(run.provider);
      if (!provider || provider.info.ruleBased)
        throw new UnrecoverableError(
          `Provider "${run.provider}" cannot judge: it is not a chat provider on this worker.`,
        );
      const model = provider.info.models.find((m) => m.id === run.model);
      if (!model)
        throw new UnrecoverableError(
          `Provider "${run.provider}" has no model "${run.model}" on this worker.`,
        );
      const judged = await this.verdicts.judgedBy(run);
      const pending = run.pairs.filter((pair) => !judged.has(pairKey(pair)));
      await forEachLimited(pending, this.env.JUDGE_CONCURRENCY, (pair) =>
        this.judgePair(run, provider, model, pair, signal),
      );
      if (await this.runs.markSucceeded(runId)) await this.publish(runId);
    } catch (error) {
      if (signal.aborted) {
        if (await this.runs.markRetrying(runId, STOPPED)) await this.publish(runId);
        throw new RetryableJobError(STOPPED.message);
      }
      await settleFailedAttempt(error, attempt >= maxAttempts, {
        fail: async (reason) => {
          if (await this.runs.markFailed(runId, reason)) await this.publish(runId);
          this.logger.warn(`Judge run ${runId} failed: ${reason.code}: ${reason.message}`);
        },
        retry: async (reason) => {
          if (await this.runs.markRetrying(runId, reason)) await this.publish(runId);
        },
      });
    }
  }

  private async judgePair(
    run: JudgeRunRow,
    provider: LlmProvider,
    model: ModelInfo,
    pair: JudgePair,
    signal: AbortSignal,
  ): Promise<void> {
    const [briefRow, a, b] = await Promise.all([
      this.briefs.findById(pair.briefId),
      this.drafts.findById(pair.draftAId),
      this.drafts.findById(pair.draftBId),
    ]);
    if (!briefRow || !a || !b)
      throw new UnrecoverableError(`A draft of pair ${pairKey(pair)} no longer exists.`);
    const brief = briefFromRow(briefRow);
    // Both calls settle before a failure is thrown, so no call of this attempt outlives it.
    const [first, second] = await Promise.allSettled([
      this.ask(provider, model, brief, a, b, signal),
      this.ask(provider, model, brief, b, a, signal),
    ]);
    if (first.status === 'rejected') throw first.reason;
    if (second.status === 'rejected') throw second.reason;
    const [ab, ba] = [first.value, second.value];
    const verdict = combineVerdict(ab.answer, ba.answer);
    const usage = addUsage(ab.usage, ba.usage);
    const call = (order: 'ab' | 'ba', { answer, text }: Answered) =>
      answer.ok
        ? { order, reason: answer.reason, problem: null, answer: null }
        : { order, reason: null, problem: answer.problem, answer: text.slice(0, KEPT_ANSWER_CHARS) };
    await this.verdicts.insert({
      runId: run.id,
      briefId: pair.briefId,
      draftAId: pair.draftAId,
      draftBId: pair.draftBId,
      provider: run.provider,
      model: run.model,
      outcomeAb: ab.answer.ok ? ab.answer.winner : null,
      outcomeBa: ba.answer.ok ? ba.answer.winner : null,
      outcome: verdict.outcome,
      status: verdict.status,
      rubric: verdict.rubric,
      calls: [call('ab', ab), call('ba', ba)],
      usage,
      costUsd: computeCostUsd(usage, model),
    });
    await this.publish(run.id);
  }

  /**
   * One call: `first` is shown as draft A. Temperature 0, so a repeated question gets the same answer.
   * It draws on the provider's budget and concurrency like generation; a run is one long job, so it waits
   * for the budget here, however long, rather than handing the run back.
   */
  private async ask(
    provider: LlmProvider,
    model: ModelInfo,
    brief: Brief,
    first: DraftRow,
    second: DraftRow,
    signal: AbortSignal,
  ): Promise<Answered> {
    const request = {
      brief,
      prompt: renderJudgePrompt(brief, first, second),
      model: model.id,
      parameters: { temperature: 0 },
      variant: 0,
      signal,
      onDelta: () => undefined,
    };
    let result: GenerateResult;
    for (;;) {
      try {
        result = await this.limits.generate(provider, request);
        break;
      } catch (error) {
        if (!(error instanceof BudgetExhausted)) throw error;
        await delay(error.waitMs, undefined, { signal });
      }
    }
    return {
      text: result.text,
      usage: result.usage,
      answer: parseJudgeAnswer(result.text, RUBRIC_CRITERIA[brief.contentType]),
    };
  }

  private async publish(runId: string): Promise<void> {
    await this.bus.publish({ kind: 'judge', jobId: runId }).catch(() => undefined);
  }
}
