import type { Batch, BatchJobCounts } from '@draftbench/contracts';

export const FINISHED_STATES = ['succeeded', 'failed', 'refused', 'cancelled'] as const;
export const JOB_STATES = ['queued', 'running', ...FINISHED_STATES] as const;

export function progressOf(counts: BatchJobCounts): { total: number; finished: number; percent: number } {
  const total = JOB_STATES.reduce((sum, state) => sum + counts[state], 0);
  const finished = FINISHED_STATES.reduce((sum, state) => sum + counts[state], 0);
  return { total, finished, percent: total === 0 ? 100 : Math.floor((finished / total) * 100) };
}

/** One table row per reason: a rejected line may have several. */
export interface RejectionRow {
  key: string;
  line: number;
  path: string;
  message: string;
}

export const rejectionRows = (batch: Pick<Batch, 'rejected'>): RejectionRow[] =>
  batch.rejected.flatMap(({ line, errors }) =>
    errors.map((error, index) => ({
      key: `${line}-${index}`,
      line,
      path: error.path,
      message: error.message,
    })),
  );

/** Parses the JSON textarea: an array of briefs, or the reason it is not one. */
export function parseBriefsJson(
  text: string,
): { briefs: unknown[] } | { error: 'invalid' | 'notArray'; message?: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: 'invalid', message: error instanceof Error ? error.message : String(error) };
  }
  return Array.isArray(value) ? { briefs: value } : { error: 'notArray' };
}
