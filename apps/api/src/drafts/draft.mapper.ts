import { type Draft } from '@draftbench/contracts';
import { type DraftRow } from '@draftbench/db';
import { provenanceOf } from './provenance.js';

export function draftFromRow(row: DraftRow): Draft {
  return {
    id: row.id,
    briefId: row.briefId,
    jobId: row.jobId,
    variant: row.variant,
    origin: row.origin,
    status: row.status,
    parentDraftId: row.parentDraftId,
    body: row.body,
    scenes: row.scenes,
    author: {
      kind: row.authorKind,
      userId: row.authorUserId,
      provider: row.provider,
      model: row.model,
      ruleBased: row.ruleBased,
    },
    usage: row.usage,
    latencyMs: row.latencyMs,
    humanMinutes: row.humanMinutes,
    costUsd: row.costUsd,
    editMetrics: row.editMetrics,
    moderation: row.moderation,
    provenance: provenanceOf(row),
    factFlags: row.factFlags,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
