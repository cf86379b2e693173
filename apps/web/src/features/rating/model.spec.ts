import { describe, expect, it } from 'vitest';
import {
  classifyReason,
  missingParts,
  outcomeForKey,
  outcomeKey,
  rubricCells,
  toVoteInput,
  type VoteDraft,
} from './model';

const criteria = ['hook', 'pacing'];
const full = { hook: { left: 4, right: 2 }, pacing: { left: 3, right: 5 } };

describe('rating model', () => {
  it('maps the keys 1–4 to the verdicts and back', () => {
    expect(['1', '2', '3', '4', '5'].map(outcomeForKey)).toEqual(['a', 'b', 'tie', 'both_bad', undefined]);
    expect(outcomeKey('both_bad')).toBe('4');
  });

  it('needs a verdict, a reason for both bad, and every score', () => {
    const empty: VoteDraft = { rubric: {}, comment: '' };
    expect(missingParts(empty, criteria)).toEqual(['outcome', 'rubric']);
    expect(missingParts({ ...empty, outcome: 'both_bad', rubric: full }, criteria)).toEqual(['reason']);
    const partial = { hook: { left: 4, right: 2 }, pacing: { left: 3 } };
    expect(missingParts({ ...empty, outcome: 'a', rubric: partial }, criteria)).toEqual(['rubric']);
    expect(missingParts({ ...empty, outcome: 'tie', rubric: full }, criteria)).toEqual([]);
  });

  it('builds the vote: reason only for both bad, trimmed comment, whole milliseconds', () => {
    const draft: VoteDraft = { outcome: 'a', reason: 'unsafe', rubric: full, comment: '  ' };
    expect(toVoteInput(draft, criteria, 1234.6)).toEqual({ outcome: 'a', rubric: full, timeTakenMs: 1235 });
    expect(
      toVoteInput({ ...draft, outcome: 'both_bad', comment: ' Too long. ' }, criteria, 10),
    ).toMatchObject({ outcome: 'both_bad', reason: 'unsafe', comment: 'Too long.' });
    expect(toVoteInput({ ...draft, outcome: undefined }, criteria, 10)).toBeUndefined();
  });

  it('orders the rubric cells criterion by criterion, left before right', () => {
    expect(rubricCells(criteria)).toEqual([
      { criterion: 'hook', side: 'left' },
      { criterion: 'hook', side: 'right' },
      { criterion: 'pacing', side: 'left' },
      { criterion: 'pacing', side: 'right' },
    ]);
  });

  it('recognises the reasons the API gives for an empty queue', () => {
    expect(classifyReason("You have reached today's limit of 200 votes. Thank you!")).toEqual({
      kind: 'dailyLimit',
      limit: '200',
    });
    expect(classifyReason('There is nothing left for you to rate right now.')).toEqual({
      kind: 'nothingLeft',
    });
    expect(classifyReason('Maintenance')).toEqual({ kind: 'other' });
  });
});
