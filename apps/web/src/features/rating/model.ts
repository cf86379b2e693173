import {
  BothBadReason,
  RUBRIC_CRITERIA,
  type ContentType,
  type VoteCreateInput,
  type VoteOutcome,
} from '@draftbench/contracts';

export type Side = 'left' | 'right';
export const SIDES: readonly Side[] = ['left', 'right'];

/** The verdicts in the order of their keys: 1 left better, 2 right better, 3 tie, 4 both bad. */
export const OUTCOMES: readonly VoteOutcome[] = ['a', 'b', 'tie', 'both_bad'];
export const outcomeKey = (outcome: VoteOutcome): string => String(OUTCOMES.indexOf(outcome) + 1);
export const outcomeForKey = (key: string): VoteOutcome | undefined => OUTCOMES[Number(key) - 1];

export const REASONS = BothBadReason.options;

export type Criterion = (typeof RUBRIC_CRITERIA)[ContentType][number];
const CRITERIA = new Set<string>(Object.values(RUBRIC_CRITERIA).flat());
/** Criteria come from the API as strings; only the known ones have translated names. */
export const isKnownCriterion = (name: string): name is Criterion => CRITERIA.has(name);

export type Rubric = Record<string, Partial<Record<Side, number>>>;

export interface VoteDraft {
  outcome?: VoteOutcome;
  reason?: BothBadReason;
  rubric: Rubric;
  comment: string;
}

export type Missing = 'outcome' | 'reason' | 'rubric';

/** What still has to be filled before the vote can be saved, in the order the form asks for it. */
export function missingParts(draft: VoteDraft, criteria: readonly string[]): Missing[] {
  const missing: Missing[] = [];
  if (!draft.outcome) missing.push('outcome');
  if (draft.outcome === 'both_bad' && !draft.reason) missing.push('reason');
  if (missingScores(draft.rubric, criteria) > 0) missing.push('rubric');
  return missing;
}

/** How many of the 2 × criteria scores are still empty. */
export const missingScores = (rubric: Rubric, criteria: readonly string[]): number =>
  criteria.reduce((n, c) => n + SIDES.filter((side) => !rubric[c]?.[side]).length, 0);

const MAX_TIME_MS = 24 * 3_600_000;

/** The request body, or undefined while something required is missing. */
export function toVoteInput(
  draft: VoteDraft,
  criteria: readonly string[],
  timeTakenMs: number,
): VoteCreateInput | undefined {
  if (missingParts(draft, criteria).length > 0 || !draft.outcome) return undefined;
  const comment = draft.comment.trim();
  return {
    outcome: draft.outcome,
    ...(draft.outcome === 'both_bad' && draft.reason ? { reason: draft.reason } : {}),
    rubric: Object.fromEntries(
      criteria.map((c) => [c, { left: draft.rubric[c]?.left ?? 0, right: draft.rubric[c]?.right ?? 0 }]),
    ),
    ...(comment ? { comment } : {}),
    timeTakenMs: Math.min(MAX_TIME_MS, Math.max(0, Math.round(timeTakenMs))),
  };
}

/** The rubric cells in keyboard order: each criterion's left score, then its right one. */
export const rubricCells = (criteria: readonly string[]): { criterion: string; side: Side }[] =>
  criteria.flatMap((criterion) => SIDES.map((side) => ({ criterion, side })));

/**
 * The API explains an empty queue in English; the two reasons it gives are shown translated, anything
 * else as sent.
 */
export type EmptyReason = { kind: 'dailyLimit'; limit: string } | { kind: 'nothingLeft' } | { kind: 'other' };
export function classifyReason(reason: string | null): EmptyReason {
  if (!reason) return { kind: 'nothingLeft' };
  const limit = /limit of (\d+)/i.exec(reason);
  if (limit?.[1]) return { kind: 'dailyLimit', limit: limit[1] };
  if (/nothing left/i.test(reason)) return { kind: 'nothingLeft' };
  return { kind: 'other' };
}
