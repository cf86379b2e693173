import { type AssignmentState, type DraftStatus } from '@draftbench/contracts';

export type AssignmentAction = 'save' | 'submit' | 'approve' | 'return';

/** The PGC workflow: assign → draft (autosave) → submit → approve, or return with comments → resubmit. */
const TRANSITIONS: Record<AssignmentAction, { from: readonly AssignmentState[]; to: AssignmentState }> = {
  save: { from: ['assigned', 'in_progress', 'returned'], to: 'in_progress' },
  submit: { from: ['assigned', 'in_progress', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted'], to: 'returned' },
};

/** What the assignment's draft looks like in each state. */
export const DRAFT_STATUS: Record<AssignmentState, DraftStatus> = {
  assigned: 'draft',
  in_progress: 'draft',
  returned: 'draft',
  submitted: 'pending_review',
  approved: 'published',
};

const REASONS: Record<AssignmentAction, string> = {
  save: 'it can only be edited before it is submitted, or after it was returned',
  submit: 'only an assignment being drafted or returned for changes can be submitted',
  approve: 'only a submitted draft can be approved',
  return: 'only a submitted draft can be returned',
};

export type TransitionResult =
  { ok: true; from: readonly AssignmentState[]; to: AssignmentState } | { ok: false; reason: string };

export function transition(state: AssignmentState, action: AssignmentAction): TransitionResult {
  const rule = TRANSITIONS[action];
  if (rule.from.includes(state)) return { ok: true, from: rule.from, to: rule.to };
  return { ok: false, reason: `The assignment is ${state.replace('_', ' ')}: ${REASONS[action]}.` };
}

/** Cost of human minutes at an hourly rate; unknown when the person has no rate. */
export function humanCost(minutes: number, hourlyRateUsd: number | null): number | null {
  return hourlyRateUsd === null ? null : Math.round((minutes / 60) * hourlyRateUsd * 1e6) / 1e6;
}
