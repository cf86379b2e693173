import { type JudgeRun } from '@draftbench/contracts';
import { type JudgeRunRow } from '@draftbench/db';
import { type RunProgress } from './judge-runs.repository.js';

export function judgeRunFromRow(row: JudgeRunRow, progress: RunProgress): JudgeRun {
  const { usage, costUsd, ...counts } = progress;
  return {
    id: row.id,
    provider: row.provider,
    model: row.model,
    contentType: row.contentType,
    language: row.language,
    state: row.state,
    attempts: row.attempts,
    pairs: { planned: row.pairs.length, ...counts },
    usage,
    costUsd,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
