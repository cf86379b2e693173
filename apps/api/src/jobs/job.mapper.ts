import { type Job } from '@draftbench/contracts';
import { type JobRow } from '@draftbench/db';

export function jobFromRow(row: JobRow): Job {
  return {
    id: row.id,
    briefId: row.briefId,
    provider: row.provider,
    model: row.model,
    promptTemplate: row.promptTemplate,
    variants: row.variants,
    parameters: row.parameters,
    state: row.state,
    attempts: row.attempts,
    error: row.error,
    refusal: row.refusal,
    usage: row.usage,
    costUsd: row.costUsd,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    createdBy: row.createdBy,
    apiKeyId: row.apiKeyId,
    idempotencyKey: row.idempotencyKey,
  };
}
