import { Injectable } from '@nestjs/common';
import {
  type Assignment,
  type AssignmentCreate,
  type AssignmentListQuery,
  type DraftSave,
  type MinutesCorrection,
  type Page,
  type ReviewCreate,
  type Session,
} from '@draftbench/contracts';
import { type AssignmentRow } from '@draftbench/db';
import { BriefsRepository } from '../briefs/briefs.repository.js';
import { pageOf } from '../common/cursor.js';
import { conflict, notFound, ProblemException } from '../common/problem.exception.js';
import { DraftsRepository } from '../drafts/drafts.repository.js';
import { UsersRepository } from '../users/users.repository.js';
import { DRAFT_STATUS, humanCost, transition, type AssignmentAction } from './assignment-state.js';
import { assignmentFromRow } from './assignment.mapper.js';
import { AssignmentsRepository } from './assignments.repository.js';

const isLead = (session: Session) => session.user.roles.some((r) => r === 'lead' || r === 'admin');
const minutesOf = (row: AssignmentRow) => row.correctedMinutes ?? row.trackedSeconds / 60;

/** PGC: a lead assigns a brief to an editor, the editor drafts and submits, a lead approves or returns. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly assignments: AssignmentsRepository,
    private readonly briefs: BriefsRepository,
    private readonly drafts: DraftsRepository,
    private readonly users: UsersRepository,
  ) {}

  async create(input: AssignmentCreate, session: Session): Promise<Assignment> {
    const brief = await this.briefs.findById(input.briefId);
    if (!brief) throw notFound('brief', input.briefId);
    if (brief.status !== 'open')
      throw conflict(`Brief ${brief.id} is closed; reopen it before assigning it.`);
    const editor = await this.users.findById(input.editorId);
    if (!editor || editor.disabled || !editor.roles.includes('editor')) {
      throw new ProblemException(
        400,
        'Not an editor',
        'Assign the brief to an active user with the editor role.',
        [{ path: 'editorId', message: 'Not an active editor' }],
      );
    }
    const row = await this.assignments.create({
      briefId: brief.id,
      editorId: editor.id,
      assignedBy: session.user.id,
      note: input.note ?? null,
      dueAt: input.dueAt ? new Date(input.dueAt) : null,
    });
    return this.present(row);
  }

  async list(query: AssignmentListQuery, session: Session): Promise<Page<Assignment>> {
    // Editors who are not leads see their own assignments only.
    const mine = query.mine === 'true' || !isLead(session);
    const rows = await this.assignments.list({ ...query, editorId: mine ? session.user.id : undefined });
    const { items, nextCursor } = pageOf(rows, query.limit, (row) => row);
    return { items: await this.presentMany(items), nextCursor };
  }

  async get(id: string, session: Session): Promise<Assignment> {
    return this.present(await this.visible(id, session));
  }

  /** Autosave: the text and the active editing seconds since the last save. */
  async save(id: string, input: DraftSave, session: Session): Promise<Assignment> {
    const row = await this.ownedByEditor(id, session);
    const step = this.allow(row, 'save');
    const updated = await this.assignments.transaction(async (db) => {
      let draftId = row.draftId;
      if (draftId) await this.drafts.update(draftId, { body: input.body, status: DRAFT_STATUS[step.to] }, db);
      else {
        const draft = await this.drafts.create(
          {
            briefId: row.briefId,
            origin: 'pgc',
            status: DRAFT_STATUS[step.to],
            body: input.body,
            authorKind: 'user',
            authorUserId: session.user.id,
          },
          db,
        );
        draftId = draft.id;
      }
      return this.assignments.update(
        id,
        step.from,
        { state: step.to, draftId, trackedSeconds: row.trackedSeconds + input.activeSeconds },
        db,
      );
    });
    return this.present(this.changed(updated, row));
  }

  async submit(id: string, session: Session): Promise<Assignment> {
    const row = await this.ownedByEditor(id, session);
    const step = this.allow(row, 'submit');
    const draft = row.draftId ? await this.drafts.findById(row.draftId) : undefined;
    if (!draft?.body.trim()) throw conflict('The draft is empty; write and save it before submitting.');
    const updated = await this.assignments.transaction(async (db) => {
      await this.drafts.update(draft.id, { status: DRAFT_STATUS[step.to] }, db);
      return this.assignments.update(id, step.from, { state: step.to, submittedAt: new Date() }, db);
    });
    return this.present(this.changed(updated, row));
  }

  async review(id: string, input: ReviewCreate, session: Session): Promise<Assignment> {
    const row = await this.assignments.findById(id);
    if (!row) throw notFound('assignment', id);
    const step = this.allow(row, input.decision);
    const editor = await this.users.findById(row.editorId);
    const updated = await this.assignments.transaction(async (db) => {
      await this.assignments.addReview(
        {
          assignmentId: id,
          reviewerId: session.user.id,
          decision: input.decision,
          comments: input.comments ?? null,
        },
        db,
      );
      const approving = input.decision === 'approve';
      const minutes = minutesOf(row);
      // The price is fixed at approval, at the editor's rate then.
      const costUsd = approving ? humanCost(minutes, editor?.hourlyRateUsd ?? null) : null;
      await this.drafts.update(
        row.draftId!,
        { status: DRAFT_STATUS[step.to], ...(approving ? { humanMinutes: minutes, costUsd } : {}) },
        db,
      );
      return this.assignments.update(
        id,
        step.from,
        { state: step.to, ...(approving ? { approvedAt: new Date(), costUsd } : {}) },
        db,
      );
    });
    return this.present(this.changed(updated, row));
  }

  /** Tracked minutes can be corrected by the editor before approval and by a lead at any time. */
  async correctMinutes(id: string, input: MinutesCorrection, session: Session): Promise<Assignment> {
    const row = await this.visible(id, session);
    if (!isLead(session) && row.state === 'approved') {
      throw conflict('The assignment is approved; ask a lead to correct its minutes.');
    }
    const editor = await this.users.findById(row.editorId);
    const costUsd =
      row.state === 'approved' ? humanCost(input.minutes, editor?.hourlyRateUsd ?? null) : row.costUsd;
    const updated = await this.assignments.transaction(async (db) => {
      if (row.state === 'approved' && row.draftId)
        await this.drafts.update(row.draftId, { humanMinutes: input.minutes, costUsd }, db);
      return this.assignments.update(
        id,
        [row.state],
        { correctedMinutes: input.minutes, correctionReason: input.reason, costUsd },
        db,
      );
    });
    return this.present(this.changed(updated, row));
  }

  private allow(row: AssignmentRow, action: AssignmentAction) {
    const step = transition(row.state, action);
    if (!step.ok) throw conflict(step.reason);
    return step;
  }

  /** A concurrent change won the conditional update: say so instead of overwriting it. */
  private changed(updated: AssignmentRow | undefined, before: AssignmentRow): AssignmentRow {
    if (!updated) throw conflict(`Assignment ${before.id} changed meanwhile; reload it and try again.`);
    return updated;
  }

  private async visible(id: string, session: Session): Promise<AssignmentRow> {
    const row = await this.assignments.findById(id);
    if (!row || (!isLead(session) && row.editorId !== session.user.id)) throw notFound('assignment', id);
    return row;
  }

  private async ownedByEditor(id: string, session: Session): Promise<AssignmentRow> {
    const row = await this.assignments.findById(id);
    if (!row) throw notFound('assignment', id);
    if (row.editorId !== session.user.id) {
      throw new ProblemException(
        403,
        'Forbidden',
        'Only the editor this brief is assigned to can write its draft.',
      );
    }
    return row;
  }

  private async present(row: AssignmentRow): Promise<Assignment> {
    const [assignment] = await this.presentMany([row]);
    return assignment!;
  }

  private async presentMany(rows: AssignmentRow[]): Promise<Assignment[]> {
    const reviews = await this.assignments.reviewsOf(rows.map((r) => r.id));
    const drafts = await Promise.all(
      rows.map((r) => (r.draftId ? this.drafts.findById(r.draftId) : undefined)),
    );
    return rows.map((row, i) =>
      assignmentFromRow(
        row,
        drafts[i],
        reviews.filter((r) => r.assignmentId === row.id),
      ),
    );
  }
}
