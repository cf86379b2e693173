import type { VoteOutcome } from '@draftbench/contracts';

/** Scores of the draft shown first (`a`) and second (`b`), per criterion, 1–5. */
export interface ShownScores {
  a: Record<string, number>;
  b: Record<string, number>;
}

/** A well-formed answer, in the order the drafts were shown: `a` is draft A, the one shown first. */
export interface JudgeAnswer {
  ok: true;
  winner: VoteOutcome;
  /** Null when the answer scored the drafts incompletely or outside 1–5: a winner still counts. */
  scores: ShownScores | null;
  reason: string | null;
}

export interface MalformedAnswer {
  ok: false;
  /** What was wrong, for a person reading the verdict. */
  problem: string;
}

const WINNERS: Record<string, VoteOutcome> = {
  a: 'a',
  b: 'b',
  tie: 'tie',
  both_bad: 'both_bad',
  'both bad': 'both_bad',
};

/**
 * Reads the judge's answer defensively: models wrap JSON in code fences or prose, so the outermost
 * `{…}` is taken; anything that is not an object with a winner of A, B, tie or both_bad is malformed,
 * never an exception. Scores count only when every criterion of both drafts is an integer 1–5.
 */
export function parseJudgeAnswer(text: string, criteria: readonly string[]): JudgeAnswer | MalformedAnswer {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) return { ok: false, problem: 'The answer holds no JSON object.' };
  let data: unknown;
  try {
    data = JSON.parse(text.slice(start, end + 1));
  } catch {
    return { ok: false, problem: 'The answer is not valid JSON.' };
  }
  if (!isRecord(data)) return { ok: false, problem: 'The answer is not a JSON object.' };
  const winner = typeof data.winner === 'string' ? WINNERS[data.winner.trim().toLowerCase()] : undefined;
  if (!winner) return { ok: false, problem: 'The answer has no "winner" of A, B, tie or both_bad.' };
  const reason = typeof data.reason === 'string' && data.reason.trim() ? data.reason.trim() : null;
  return { ok: true, winner, scores: readScores(data.scores, criteria), reason };
}

function readScores(value: unknown, criteria: readonly string[]): ShownScores | null {
  if (!isRecord(value)) return null;
  const side = (key: 'A' | 'B') => {
    const scores = value[key] ?? value[key.toLowerCase()];
    if (!isRecord(scores)) return null;
    const out: Record<string, number> = {};
    for (const criterion of criteria) {
      const score = scores[criterion];
      if (!(Number.isInteger(score) && (score as number) >= 1 && (score as number) <= 5)) return null;
      out[criterion] = score as number;
    }
    return out;
  };
  const a = side('A');
  const b = side('B');
  return a && b ? { a, b } : null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
