import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type JudgeRun,
  type JudgeRunCreate,
  type Page,
  type PageQuery,
  type JudgeStatus,
  type Session,
} from '@draftbench/contracts';
import { ProviderRegistry } from '@draftbench/llm';
import { pageOf } from '../common/cursor.js';
import { conflict, notFound, ProblemException } from '../common/problem.exception.js';
import { resolveGenerationTarget } from '../jobs/generation-target.js';
import { JudgeQueue } from '../queue/judge.queue.js';
import { JUDGE_NEEDS_LLM, judgeProviders } from './judge-availability.js';
import { judgeRunFromRow } from './judge-run.mapper.js';
import { JudgeRunsRepository, NO_PROGRESS } from './judge-runs.repository.js';

/** Starts and reports AI judge runs. The worker does the judging (worker/judge.processor.ts). */
@Injectable()
export class JudgeService {
  private readonly logger = new Logger(JudgeService.name);

  constructor(
    private readonly runs: JudgeRunsRepository,
    private readonly queue: JudgeQueue,
    @Inject(ProviderRegistry) private readonly providers: ProviderRegistry,
  ) {}

  status(): JudgeStatus {
    const providers = judgeProviders(this.providers);
    const available = providers.length > 0;
    return { available, reason: available ? null : JUDGE_NEEDS_LLM, providers };
  }

  /**
   * Chooses the pairs now (the rating sampler's set, minus pairs this judge already judged), writes the
   * run row, then enqueues it with jobId = run id — the row first, as for generation jobs.
   */
  async create(input: JudgeRunCreate, session: Session): Promise<JudgeRun> {
    const { provider, model } = this.resolveJudge(input);
    const filters = { contentType: input.contentType, language: input.language };
    const pairs = await this.runs.pairsToJudge({ provider, model }, filters, input.maxPairs);
    if (pairs.length === 0) {
      throw conflict(
        `There is no pair left for ${provider}/${model} to judge${input.contentType || input.language ? ' with these filters' : ''}: it has judged every pair of published drafts by different competitors. Add drafts, or choose another model.`,
      );
    }
    const row = await this.runs.create({
      provider,
      model,
      contentType: input.contentType ?? null,
      language: input.language ?? null,
      pairs,
      createdBy: session.user.id,
    });
    try {
      await this.queue.enqueue(row.id);
    } catch (error) {
      this.logger.error(`Could not enqueue judge run ${row.id}: ${String(error)}`);
      await this.runs.markFailed(row.id, {
        code: 'queue_unavailable',
        message: 'The job queue was unavailable; start the run again.',
      });
      throw new ProblemException(
        503,
        'Queue unavailable',
        'The job queue is not reachable right now, so the run was not started. Try again in a moment.',
      );
    }
    return judgeRunFromRow(row, NO_PROGRESS);
  }

  async get(id: string): Promise<JudgeRun> {
    const row = await this.runs.findById(id);
    if (!row) throw notFound('judge run', id);
    const progress = await this.runs.progress([id]);
    return judgeRunFromRow(row, progress.get(id) ?? NO_PROGRESS);
  }

  async list(query: PageQuery): Promise<Page<JudgeRun>> {
    const { items, nextCursor } = pageOf(await this.runs.list(query), query.limit, (row) => row);
    const progress = await this.runs.progress(items.map((r) => r.id));
    return {
      items: items.map((row) => judgeRunFromRow(row, progress.get(row.id) ?? NO_PROGRESS)),
      nextCursor,
    };
  }

  /** A chat provider and one of its models: the named ones, or the default chat provider's first model. */
  private resolveJudge(input: JudgeRunCreate) {
    const candidates = judgeProviders(this.providers);
    if (candidates.length === 0) throw new ProblemException(409, 'AI judge unavailable', JUDGE_NEEDS_LLM);
    const name = input.provider ?? (candidates.find((p) => p.isDefault) ?? candidates[0]!).name;
    if (this.providers.find(name)?.info.ruleBased) {
      const names = candidates.map((p) => p.name).join(', ');
      throw new ProblemException(
        400,
        'Provider cannot judge',
        `"${name}" is the rule-based template engine: it writes drafts but cannot judge them. Use a chat provider: ${names}.`,
        [{ path: 'provider', message: `Use one of: ${names}` }],
      );
    }
    return resolveGenerationTarget(this.providers, { provider: name, model: input.model });
  }
}
