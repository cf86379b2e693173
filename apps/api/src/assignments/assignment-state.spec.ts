import { AssignmentState } from '@draftbench/contracts';
import { describe, expect, it } from 'vitest';
import { humanCost, transition, type AssignmentAction } from './assignment-state.js';

const allowed: Record<AssignmentAction, string[]> = {
  save: ['assigned', 'in_progress', 'returned'],
  submit: ['assigned', 'in_progress', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
};

describe('PGC assignment state machine', () => {
  for (const action of Object.keys(allowed) as AssignmentAction[]) {
    for (const state of AssignmentState.options) {
      const ok = allowed[action].includes(state);
      it(`${action} from ${state} is ${ok ? 'allowed' : 'refused with a reason'}`, () => {
        const result = transition(state, action);
        expect(result.ok).toBe(ok);
        if (!result.ok) expect(result.reason).toMatch(/^The assignment is /);
      });
    }
  }

  it('runs the whole cycle: assign, draft, submit, return, resubmit, approve', () => {
    let state: AssignmentState = 'assigned';
    for (const action of ['save', 'submit', 'return', 'save', 'submit', 'approve'] as AssignmentAction[]) {
      const result = transition(state, action);
      if (!result.ok) throw new Error(result.reason);
      state = result.to;
    }
    expect(state).toBe('approved');
    expect(transition(state, 'save').ok).toBe(false);
  });

  it('prices minutes at the hourly rate, and knows no price without a rate', () => {
    expect(humanCost(90, 40)).toBe(60);
    expect(humanCost(0, 40)).toBe(0);
    expect(humanCost(30, null)).toBeNull();
  });
});
