import { Inject, Injectable } from '@nestjs/common';
import { setTimeout as delay } from 'node:timers/promises';
import {
  estimateRequestTokens,
  ProviderError,
  type GenerateRequest,
  type GenerateResult,
  type LlmProvider,
} from '@draftbench/llm';
import { type Env } from '../config/env.schema.js';
import { ENV } from '../infrastructure/tokens.js';
import { AdaptiveConcurrency, type ConcurrencySlot } from './adaptive-concurrency.js';
import { KeyedLock } from '../common/keyed-lock.js';
import { EstimateCalibration } from './estimate-calibration.js';
import {
  BudgetExhausted,
  ProviderBudget,
  type BudgetLimits,
  type BudgetReservation,
} from './provider-budget.js';

/** The per-minute budgets of each provider from the environment (0 = unlimited, the template default). */
export function providerBudgetLimits(env: Env): Record<string, BudgetLimits> {
  return {
    openai: {
      requestsPerMinute: env.OPENAI_REQUESTS_PER_MINUTE,
      tokensPerMinute: env.OPENAI_TOKENS_PER_MINUTE,
    },
    template: {
      requestsPerMinute: env.TEMPLATE_REQUESTS_PER_MINUTE,
      tokensPerMinute: env.TEMPLATE_TOKENS_PER_MINUTE,
    },
  };
}

const isRateLimited = (error: unknown) => error instanceof ProviderError && error.status === 429;

/**
 * How long a call waits in this process for the budget (its turn, then room in the window) before its job
 * goes back to the queue instead. Short waits are the steady state at a saturated budget: a call leaving
 * the window lets the next one in, and handing the job back for that would cost queue round trips each time.
 */
export const MAX_BUDGET_WAIT_MS = 5_000;

/**
 * What stands in front of every provider call in this worker process: a slot of the provider's adaptive
 * concurrency (remote providers only; the rule-based engine has no load to protect), then its shared
 * request and token budget, charged the call's estimate as calibrated by the usage calls have reported.
 * Calls of one provider take turns for the budget, oldest first; one that would wait longer than
 * MAX_BUDGET_WAIT_MS throws BudgetExhausted instead, with nothing charged.
 */
@Injectable()
export class ProviderLimits {
  private readonly gates = new Map<string, AdaptiveConcurrency>();
  private readonly calibrations = new Map<string, EstimateCalibration>();
  private readonly turns = new KeyedLock();

  constructor(
    @Inject(ENV) private readonly env: Env,
    @Inject(ProviderBudget) private readonly budget: ProviderBudget,
  ) {}

  /** This process's concurrency limit of a provider (`openai` is the only remote one), or none. */
  private gate(provider: LlmProvider): AdaptiveConcurrency | undefined {
    if (provider.info.ruleBased) return undefined;
    let gate = this.gates.get(provider.info.name);
    if (!gate)
      this.gates.set(provider.info.name, (gate = new AdaptiveConcurrency(this.env.OPENAI_MAX_CONCURRENCY)));
    return gate;
  }

  private calibration(provider: LlmProvider): EstimateCalibration {
    let calibration = this.calibrations.get(provider.info.name);
    if (!calibration) this.calibrations.set(provider.info.name, (calibration = new EstimateCalibration()));
    return calibration;
  }

  async generate(provider: LlmProvider, request: GenerateRequest): Promise<GenerateResult> {
    const slot: ConcurrencySlot | undefined = await this.gate(provider)?.acquire(request.signal);
    try {
      const estimate = estimateRequestTokens(request.prompt, {
        maxTokens: request.parameters.maxTokens,
        targetLength: request.brief.targetLength,
        language: request.brief.language,
      });
      const calibration = this.calibration(provider);
      const reservation = await this.admit(provider.info.name, calibration.apply(estimate), request.signal);
      let result: GenerateResult;
      try {
        result = await provider.generate(request);
      } catch (error) {
        // A refused call generated nothing: its tokens go back (its request still counted at the provider).
        if (isRateLimited(error)) await reservation.settle(0).catch(() => undefined);
        throw error;
      }
      slot?.release('success');
      calibration.observe(estimate, result.usage.totalTokens);
      // Best effort: a draft that was generated is never lost over a counter that could not be corrected.
      await reservation.settle(result.usage.totalTokens).catch(() => undefined);
      return result;
    } catch (error) {
      slot?.release(isRateLimited(error) ? 'rate_limited' : 'other');
      throw error;
    }
  }

  /** Waits its turn, then for room in the window while that is near; the queue holds longer waits. */
  private async admit(provider: string, tokens: number, signal?: AbortSignal): Promise<BudgetReservation> {
    const deadline = Date.now() + MAX_BUDGET_WAIT_MS;
    const release = await this.turns.acquire(provider, MAX_BUDGET_WAIT_MS);
    if (!release) throw new BudgetExhausted(provider, 'queue', '', MAX_BUDGET_WAIT_MS);
    try {
      for (;;) {
        try {
          return await this.budget.reserve(provider, tokens);
        } catch (error) {
          if (!(error instanceof BudgetExhausted) || Date.now() + error.waitMs > deadline) throw error;
          await delay(error.waitMs, undefined, { signal });
        }
      }
    } finally {
      release();
    }
  }
}
