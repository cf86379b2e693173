import { Injectable } from '@nestjs/common';
import {
  type Draft,
  type ModerationDecision,
  type Page,
  type PageQuery,
  type Session,
} from '@draftbench/contracts';
import { pageOf } from '../common/cursor.js';
import { conflict, notFound } from '../common/problem.exception.js';
import { draftFromRow } from '../drafts/draft.mapper.js';
import { DraftsRepository } from '../drafts/drafts.repository.js';

/**
 * The one review queue for leads: UGC the screen or the safety gate held, and AI drafts the gate flagged.
 * A held draft is out of blind rating, the AI judge and exports until a lead publishes it.
 */
@Injectable()
export class ReviewQueueService {
  constructor(private readonly drafts: DraftsRepository) {}

  async held(query: PageQuery): Promise<Page<Draft>> {
    return pageOf(await this.drafts.listByStatus('held', query), query.limit, draftFromRow);
  }

  async decide(draftId: string, input: ModerationDecision, session: Session): Promise<Draft> {
    const row = await this.drafts.findById(draftId);
    if (!row) throw notFound('draft', draftId);
    const decided = await this.drafts.decideHeld(
      draftId,
      input.decision === 'publish' ? 'published' : 'rejected',
      {
        reasons: row.moderation?.reasons ?? [],
        safety: row.moderation?.safety ?? null,
        decision: input.decision,
        decidedBy: session.user.id,
        note: input.reason ?? null,
        decidedAt: new Date().toISOString(),
      },
    );
    // A second lead deciding at the same moment finds the draft no longer held.
    if (!decided) {
      const now = (await this.drafts.findById(draftId))?.status ?? row.status;
      throw conflict(`This draft is ${now}; only held drafts wait for a lead's decision.`);
    }
    return draftFromRow(decided);
  }
}
