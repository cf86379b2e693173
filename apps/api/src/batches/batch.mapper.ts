import { type Batch, type BatchJobCounts, type BatchSummary } from '@draftbench/contracts';
import { type BatchRow } from '@draftbench/db';

export function batchSummaryFromRow(row: BatchRow, jobs: BatchJobCounts): BatchSummary {
  return {
    id: row.id,
    source: row.source,
    fileName: row.fileName,
    encoding: row.encoding,
    targets: row.targets,
    variants: row.variants,
    totalRows: row.totalRows,
    acceptedRows: row.acceptedRows,
    rejectedRows: row.rejectedRows.length,
    jobs,
    done: jobs.queued + jobs.running === 0,
    createdAt: row.createdAt.toISOString(),
  };
}

export function batchFromRow(row: BatchRow, jobs: BatchJobCounts): Batch {
  return { ...batchSummaryFromRow(row, jobs), rejected: row.rejectedRows };
}
