import { describe, expect, it } from 'vitest';
import { planReconcile, type QueueEntryState } from './reconcile-plan.js';

const row = (state: 'queued' | 'running', attempts: number) => ({ id: 'j1', state, attempts });

describe('planReconcile', () => {
  it.each<QueueEntryState>(['waiting', 'wait', 'prioritized', 'delayed', 'active', 'waiting-children'])(
    'keeps a job whose entry is %s',
    (entry) => {
      expect(planReconcile(row('running', 1), entry, 3)).toEqual({ kind: 'keep' });
    },
  );

  it('re-adds a lost entry with the attempts the row has left', () => {
    expect(planReconcile(row('queued', 0), 'unknown', 3)).toEqual({
      kind: 'requeue',
      attempts: 3,
      replace: false,
    });
    expect(planReconcile(row('running', 2), 'unknown', 3)).toEqual({
      kind: 'requeue',
      attempts: 1,
      replace: false,
    });
  });

  it('replaces an entry that finished while the row stayed active', () => {
    expect(planReconcile(row('running', 1), 'failed', 3)).toEqual({
      kind: 'requeue',
      attempts: 2,
      replace: true,
    });
    expect(planReconcile(row('queued', 1), 'completed', 3)).toMatchObject({ kind: 'requeue', replace: true });
  });

  it('expires a job with no attempt left, saying why', () => {
    const action = planReconcile(row('running', 3), 'unknown', 3);
    expect(action).toMatchObject({ kind: 'expire', error: { code: 'worker_lost' } });
    expect(planReconcile(row('queued', 4), 'failed', 3)).toMatchObject({ kind: 'expire' });
  });
});
