import { Inject, Injectable, Logger } from '@nestjs/common';
import { type Moderation, type SafetyCheck, type SafetyStage } from '@draftbench/contracts';
import { checkText, combineWithModeration } from '@draftbench/safety';
import { type Env } from '../config/env.schema.js';
import { ENV } from '../infrastructure/tokens.js';
import { ModerationClient } from './moderation.client.js';

/**
 * Every text passes here: briefs before any model call, AI outputs, UGC. The rules always run; the
 * provider's moderation endpoint, when configured, adds its opinion unless the rules have already refused.
 * An endpoint that does not answer never lets a text through unseen: the check says `unavailable`, and the
 * caller holds the text for a person (outputs, UGC) or retries the job (briefs).
 */
@Injectable()
export class SafetyGate {
  private readonly logger = new Logger(SafetyGate.name);

  constructor(
    private readonly moderation: ModerationClient,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async check(text: string, stage: SafetyStage, signal?: AbortSignal): Promise<SafetyCheck> {
    const verdict = checkText(text, { stage });
    if (verdict.decision === 'refuse' || !this.moderation.configured)
      return { stage, verdict, moderation: 'skipped' };
    try {
      const answer = await this.moderation.moderate(text, signal);
      const combined = combineWithModeration(verdict, answer, {
        refuseScore: this.env.MODERATION_REFUSE_SCORE,
      });
      return { stage, verdict: combined, moderation: 'combined' };
    } catch (error) {
      if (signal?.aborted) throw error;
      this.logger.warn(`The moderation endpoint did not answer a ${stage} check: ${String(error)}`);
      return { stage, verdict, moderation: 'unavailable' };
    }
  }
}

/** Whether a person must look before the text is used: flagged, refused, or not fully checked. */
export const needsReview = (check: SafetyCheck): boolean =>
  check.verdict.decision !== 'allow' || check.moderation === 'unavailable';

/** The moderation record of a held draft, waiting for a lead: the gate's check and what the UGC screen found. */
export const heldModeration = (safety: SafetyCheck | null, reasons: string[] = []): Moderation => ({
  reasons,
  safety,
  decision: null,
  decidedBy: null,
  note: null,
  decidedAt: null,
});
