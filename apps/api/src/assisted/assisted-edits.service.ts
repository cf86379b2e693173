import { Inject, Injectable } from '@nestjs/common';
import {
  type AssistedEditSave,
  type Draft,
  type EditMetrics,
  type Language,
  type Session,
} from '@draftbench/contracts';
import { diffTexts, humanEditShare, normalizedEditDistance, provenanceLabel } from '@draftbench/analytics';
import { type DraftRow } from '@draftbench/db';
import { humanCost } from '../assignments/assignment-state.js';
import { BriefsRepository } from '../briefs/briefs.repository.js';
import { conflict, notFound, ProblemException } from '../common/problem.exception.js';
import { type Env } from '../config/env.schema.js';
import { draftFromRow } from '../drafts/draft.mapper.js';
import { DraftsRepository } from '../drafts/drafts.repository.js';
import { ENV } from '../infrastructure/tokens.js';
import { UsersRepository } from '../users/users.repository.js';

/**
 * AI-assisted: an editor edits an AI draft. The edit is a child draft of the AI draft; every save
 * measures the change against the parent (diff, normalised edit distance in characters for zh and
 * words for en), adds the active minutes, and prices them at the editor's rate on top of the AI cost.
 */
@Injectable()
export class AssistedEditsService {
  constructor(
    private readonly drafts: DraftsRepository,
    private readonly briefs: BriefsRepository,
    private readonly users: UsersRepository,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async start(parentId: string, input: AssistedEditSave, session: Session): Promise<Draft> {
    const parent = await this.drafts.findById(parentId);
    if (!parent) throw notFound('draft', parentId);
    if (parent.origin !== 'aigc') {
      throw new ProblemException(
        400,
        'Not an AI draft',
        'Only AI-generated (aigc) drafts can be edited as AI-assisted drafts.',
      );
    }
    const language = await this.languageOf(parent);
    const minutes = input.activeSeconds / 60;
    const row = await this.drafts.create({
      briefId: parent.briefId,
      origin: 'ai_assisted',
      status: 'published',
      parentDraftId: parent.id,
      body: input.body,
      authorKind: 'user',
      authorUserId: session.user.id,
      provider: parent.provider,
      model: parent.model,
      ruleBased: parent.ruleBased,
      promptTemplate: parent.promptTemplate,
      ...(await this.effort(parent, input.body, language, minutes, session.user.id)),
    });
    return draftFromRow(row);
  }

  async save(id: string, input: AssistedEditSave, session: Session): Promise<Draft> {
    const draft = await this.drafts.findById(id);
    if (!draft || draft.origin !== 'ai_assisted') throw notFound('AI-assisted draft', id);
    if (draft.authorUserId !== session.user.id) {
      throw new ProblemException(403, 'Forbidden', 'Only the editor who started this edit can save it.');
    }
    const parent = draft.parentDraftId ? await this.drafts.findById(draft.parentDraftId) : undefined;
    if (!parent) throw conflict('The AI draft this edit started from no longer exists.');
    const minutes = (draft.humanMinutes ?? 0) + input.activeSeconds / 60;
    const updated = await this.drafts.update(id, {
      body: input.body,
      ...(await this.effort(parent, input.body, await this.languageOf(parent), minutes, session.user.id)),
    });
    return draftFromRow(updated!);
  }

  private async effort(
    parent: DraftRow,
    body: string,
    language: Language,
    minutes: number,
    editorId: string,
  ) {
    const editor = await this.users.findById(editorId);
    const human = humanCost(minutes, editor?.hourlyRateUsd ?? null);
    return {
      humanMinutes: Math.round(minutes * 100) / 100,
      costUsd: human === null ? null : human + (parent.costUsd ?? 0),
      editMetrics: this.metrics(parent.body, body, language),
    };
  }

  private metrics(before: string, after: string, language: Language): EditMetrics {
    const diff = diffTexts(before, after, language);
    const share = humanEditShare(before, after, language);
    return {
      normalizedEditDistance: normalizedEditDistance(before, after, language),
      humanEditShare: share,
      provenance: provenanceLabel(share, this.env.HUMAN_EDIT_THRESHOLD),
      insertedTokens: diff.insertedTokens,
      deletedTokens: diff.deletedTokens,
      diff: diff.parts,
    };
  }

  private async languageOf(draft: DraftRow): Promise<Language> {
    const brief = await this.briefs.findById(draft.briefId);
    return (brief?.language ?? 'en') as Language;
  }
}
