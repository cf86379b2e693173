import { type Assignment } from '@draftbench/contracts';
import { type AssignmentRow, type DraftRow, type ReviewRow } from '@draftbench/db';
import { draftFromRow } from '../drafts/draft.mapper.js';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function assignmentFromRow(
  row: AssignmentRow,
  draft: DraftRow | undefined,
  reviews: ReviewRow[],
): Assignment {
  const trackedMinutes = Math.round((row.trackedSeconds / 60) * 100) / 100;
  return {
    id: row.id,
    briefId: row.briefId,
    editorId: row.editorId,
    assignedBy: row.assignedBy,
    state: row.state,
    note: row.note,
    dueAt: iso(row.dueAt),
    trackedMinutes,
    correctedMinutes: row.correctedMinutes,
    minutes: row.correctedMinutes ?? trackedMinutes,
    costUsd: row.costUsd,
    turnaroundMinutes: row.approvedAt
      ? Math.round(((row.approvedAt.getTime() - row.createdAt.getTime()) / 60_000) * 100) / 100
      : null,
    draft: draft ? draftFromRow(draft) : null,
    reviews: reviews.map((r) => ({
      id: r.id,
      reviewerId: r.reviewerId,
      decision: r.decision,
      comments: r.comments,
      createdAt: r.createdAt.toISOString(),
    })),
    createdAt: row.createdAt.toISOString(),
    submittedAt: iso(row.submittedAt),
    approvedAt: iso(row.approvedAt),
  };
}
