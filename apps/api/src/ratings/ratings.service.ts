import { Inject, Injectable } from '@nestjs/common';
import {
  RUBRIC_CRITERIA,
  type BriefCreate,
  type NextTask,
  type RatingTask,
  type RevealedDraft,
  type Page,
  type PageQuery,
  type Session,
  type Vote,
  type VoteCreate,
  type VoteResult,
} from '@draftbench/contracts';
import { type DraftRow, type RatingAssignmentRow, type VoteRow } from '@draftbench/db';
import { randomInt } from 'node:crypto';
import { briefFromRow } from '../briefs/brief.mapper.js';
import { BriefsRepository } from '../briefs/briefs.repository.js';
import { pageOf } from '../common/cursor.js';
import { conflict, notFound, ProblemException } from '../common/problem.exception.js';
import { provenanceOf } from '../drafts/provenance.js';
import { type Env } from '../config/env.schema.js';
import { DraftsRepository } from '../drafts/drafts.repository.js';
import { ENV } from '../infrastructure/tokens.js';
import { JobsRepository } from '../jobs/jobs.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import { RatingsRepository } from './ratings.repository.js';

/** People who can see origins elsewhere in the app: their votes are kept but are not blind. */
const SIGHTED_ROLES = new Set(['admin', 'lead', 'editor']);

/**
 * Blind pairwise rating. Before a vote nothing about the drafts' origin leaves this service: the task
 * carries the brief and the two texts only. The saved vote reveals the pair and is final.
 */
@Injectable()
export class RatingsService {
  constructor(
    private readonly ratings: RatingsRepository,
    private readonly briefs: BriefsRepository,
    private readonly drafts: DraftsRepository,
    private readonly jobs: JobsRepository,
    private readonly users: UsersRepository,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async next(session: Session): Promise<NextTask> {
    const raterId = session.user.id;
    const open = await this.ratings.openAssignmentOf(raterId);
    if (open) return { task: await this.present(open), reason: null };
    const since = new Date();
    since.setUTCHours(0, 0, 0, 0);
    if ((await this.ratings.votesSince(raterId, since)) >= this.env.RATING_DAILY_CAP) {
      return {
        task: null,
        reason: `You have reached today's limit of ${this.env.RATING_DAILY_CAP} votes. Thank you!`,
      };
    }
    const k = this.env.RATERS_PER_PAIR;
    // A racing rater may take the last place of a pair between choosing and assigning: choose again.
    for (let attempt = 0; attempt < 5; attempt++) {
      const pair = await this.ratings.nextPair(raterId, k);
      if (!pair) break;
      const assignment = await this.ratings.assign(pair, raterId, k, randomInt(2) === 0);
      if (assignment) return { task: await this.present(assignment), reason: null };
    }
    return { task: null, reason: 'There is nothing left for you to rate right now.' };
  }

  async vote(assignmentId: string, input: VoteCreate, session: Session): Promise<VoteResult> {
    const assignment = await this.ratings.findAssignment(assignmentId);
    if (!assignment || assignment.raterId !== session.user.id)
      throw notFound('rating assignment', assignmentId);
    if (assignment.status === 'voted') throw conflict('This vote is saved and locked; it cannot be changed.');
    const task = await this.ratings.findTask(assignment.taskId);
    const brief = await this.briefs.findById(task!.briefId);
    this.checkRubric(input, brief!.contentType as keyof typeof RUBRIC_CRITERIA);
    const saved = await this.ratings.saveVote({
      assignmentId,
      taskId: assignment.taskId,
      raterId: session.user.id,
      leftDraftId: assignment.leftDraftId,
      rightDraftId: assignment.rightDraftId,
      outcome: input.outcome,
      reason: input.reason ?? null,
      rubric: input.rubric,
      comment: input.comment ?? null,
      timeTakenMs: input.timeTakenMs,
      blind: !session.user.roles.some((role) => SIGHTED_ROLES.has(role)),
    });
    if (!saved) throw conflict('This vote is saved and locked; it cannot be changed.');
    return this.result(saved, assignment);
  }

  async mine(session: Session, query: PageQuery): Promise<Page<Vote>> {
    return pageOf(await this.ratings.myVotes(session.user.id, query), query.limit, voteFromRow);
  }

  private checkRubric(input: VoteCreate, contentType: keyof typeof RUBRIC_CRITERIA): void {
    const criteria: readonly string[] = RUBRIC_CRITERIA[contentType];
    const given = Object.keys(input.rubric);
    const unknown = given.filter((c) => !criteria.includes(c));
    const missing = criteria.filter((c) => !given.includes(c));
    if (unknown.length || missing.length) {
      throw new ProblemException(
        400,
        'Invalid rubric',
        `Score each of ${criteria.join(', ')} from 1 to 5 for both drafts.`,
        [
          ...unknown.map((c) => ({ path: `rubric.${c}`, message: 'Not a criterion of this content type' })),
          ...missing.map((c) => ({ path: `rubric.${c}`, message: 'Required' })),
        ],
      );
    }
  }

  private async present(assignment: RatingAssignmentRow): Promise<RatingTask> {
    const task = await this.ratings.findTask(assignment.taskId);
    const [briefRow, left, right] = await Promise.all([
      this.briefs.findById(task!.briefId),
      this.drafts.findById(assignment.leftDraftId),
      this.drafts.findById(assignment.rightDraftId),
    ]);
    const { id: _id, status: _status, createdAt: _c, updatedAt: _u, ...brief } = briefFromRow(briefRow!);
    return {
      assignmentId: assignment.id,
      brief: brief as BriefCreate,
      left: { body: left!.body, scenes: left!.scenes, factFlags: left!.factFlags },
      right: { body: right!.body, scenes: right!.scenes, factFlags: right!.factFlags },
      criteria: [...RUBRIC_CRITERIA[brief.contentType]],
      assignedAt: assignment.assignedAt.toISOString(),
    };
  }

  private async result(vote: VoteRow, assignment: RatingAssignmentRow): Promise<VoteResult> {
    const [left, right] = await Promise.all([
      this.drafts.findById(assignment.leftDraftId),
      this.drafts.findById(assignment.rightDraftId),
    ]);
    return { vote: voteFromRow(vote), left: await this.reveal(left!), right: await this.reveal(right!) };
  }

  private async reveal(draft: DraftRow): Promise<RevealedDraft> {
    const [job, author] = await Promise.all([
      draft.jobId ? this.jobs.findById(draft.jobId) : undefined,
      draft.authorUserId ? this.users.findById(draft.authorUserId) : undefined,
    ]);
    return {
      draftId: draft.id,
      origin: draft.origin,
      provider: draft.provider,
      model: draft.model,
      promptTemplate: job?.promptTemplate ?? null,
      ruleBased: draft.ruleBased,
      authorName: author?.displayName ?? null,
      label: provenanceOf(draft).label,
    };
  }
}

function voteFromRow(row: VoteRow): Vote {
  return {
    id: row.id,
    assignmentId: row.assignmentId,
    outcome: row.outcome,
    reason: row.reason,
    rubric: row.rubric,
    comment: row.comment,
    timeTakenMs: row.timeTakenMs,
    blind: row.blind,
    createdAt: row.createdAt.toISOString(),
  };
}
