import { type JobError } from '@draftbench/contracts';

/** What BullMQ says of a job id; `unknown` means the queue has no entry for it (lost, or never added). */
export type QueueEntryState =
  | 'waiting'
  | 'wait'
  | 'prioritized'
  | 'delayed'
  | 'active'
  | 'waiting-children'
  | 'completed'
  | 'failed'
  | 'unknown';

export interface ActiveJobRow {
  id: string;
  state: 'queued' | 'running';
  /** Attempts the row has started (each `running` transition counts one). */
  attempts: number;
}

export type ReconcileAction =
  | { kind: 'keep' }
  /** Put the job back in the queue with this many attempts; `replace` removes a finished entry first. */
  | { kind: 'requeue'; attempts: number; replace: boolean }
  /** No attempt is left: the row ends `failed` with this reason. */
  | { kind: 'expire'; error: JobError };

const IN_FLIGHT = new Set<QueueEntryState>([
  'waiting',
  'wait',
  'prioritized',
  'delayed',
  'active',
  'waiting-children',
]);

/**
 * PostgreSQL is the truth. A row that is still `queued` or `running` needs a queue entry that will
 * run it; when the entry is gone (Redis restarted empty) or already finished without the row being
 * settled (a worker died on the job more often than BullMQ's stall limit allows), the job goes back
 * in the queue with the attempts it has left, or ends `failed` when none are left.
 */
export function planReconcile(
  row: ActiveJobRow,
  entry: QueueEntryState,
  maxAttempts: number,
): ReconcileAction {
  if (IN_FLIGHT.has(entry)) return { kind: 'keep' };
  const left = maxAttempts - row.attempts;
  if (left <= 0) {
    return {
      kind: 'expire',
      error: {
        code: 'worker_lost',
        message:
          row.state === 'running'
            ? 'The worker stopped during the last attempt and no attempts were left.'
            : 'The job left the queue after its last attempt without finishing.',
      },
    };
  }
  return { kind: 'requeue', attempts: left, replace: entry !== 'unknown' };
}
