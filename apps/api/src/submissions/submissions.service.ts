import { Inject, Injectable } from '@nestjs/common';
import {
  type Draft,
  type Page,
  type PageQuery,
  type Session,
  type UgcSubmission,
} from '@draftbench/contracts';
import { humanCost } from '../assignments/assignment-state.js';
import { BriefsRepository } from '../briefs/briefs.repository.js';
import { pageOf } from '../common/cursor.js';
import { conflict, notFound } from '../common/problem.exception.js';
import { type Env } from '../config/env.schema.js';
import { draftFromRow } from '../drafts/draft.mapper.js';
import { DraftsRepository } from '../drafts/drafts.repository.js';
import { ENV } from '../infrastructure/tokens.js';
import { heldModeration } from '../safety/safety-gate.js';
import { UsersRepository } from '../users/users.repository.js';
import { SubmissionScreen } from './submission-screen.js';

/** UGC: contributors submit to open briefs; the screen publishes or holds (leads decide in the review queue). */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly briefs: BriefsRepository,
    private readonly drafts: DraftsRepository,
    private readonly users: UsersRepository,
    private readonly screen: SubmissionScreen,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async submit(briefId: string, input: UgcSubmission, session: Session): Promise<Draft> {
    const brief = await this.briefs.findById(briefId);
    if (!brief) throw notFound('brief', briefId);
    if (brief.status !== 'open') throw conflict('This brief is closed to submissions.');
    const limit = this.env.UGC_MAX_SUBMISSIONS_PER_BRIEF;
    if ((await this.drafts.countByAuthor(briefId, session.user.id, 'ugc')) >= limit) {
      throw conflict(
        `You have already submitted ${limit} drafts to this brief, the most one contributor may.`,
      );
    }
    const screened = await this.screen.screen(input.body);
    const author = await this.users.findById(session.user.id);
    const minutes = input.minutesSpent ?? null;
    const row = await this.drafts.create({
      briefId,
      origin: 'ugc',
      status: screened.held ? 'held' : 'published',
      body: input.body,
      authorKind: 'user',
      authorUserId: session.user.id,
      humanMinutes: minutes,
      costUsd: minutes === null ? null : humanCost(minutes, author?.hourlyRateUsd ?? null),
      moderation: screened.held ? heldModeration(screened.safety, screened.reasons) : null,
    });
    return draftFromRow(row);
  }

  async mine(session: Session, query: PageQuery): Promise<Page<Draft>> {
    return pageOf(await this.drafts.listByAuthor(session.user.id, 'ugc', query), query.limit, draftFromRow);
  }
}
