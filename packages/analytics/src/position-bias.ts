import { type ProportionInterval, wilsonInterval } from './wilson.js';
import { type Vote, voteCount } from './votes.js';

export interface PositionBias {
  /** Votes with a winner (a or b); ties and both-bad say nothing about which side is favoured. */
  readonly decisive: number;
  readonly leftWins: number;
  readonly rightWins: number;
  readonly ties: number;
  readonly bothBad: number;
  /** Share of decisive votes won by the left draft, with its Wilson interval; null without decisive votes. */
  readonly leftShare: ProportionInterval | null;
  /** True when 0.5 lies outside the interval: raters favour one side beyond chance. */
  readonly biased: boolean;
}

/**
 * The position-bias audit of DESIGN §5. The order of a pair is randomised per rater, so without bias the
 * left draft wins half of the decisive votes whatever the drafts are; a share significantly off 0.5 means
 * raters (or the UI) favour a side. Works on all blind votes, including those between two drafts of the same
 * competitor, which the rating leaves out. Each vote counts `count` times (Vote.count).
 */
export function positionBias(votes: readonly Vote[], confidence = 0.95): PositionBias {
  let leftWins = 0;
  let rightWins = 0;
  let ties = 0;
  let bothBad = 0;
  for (const vote of votes) {
    const times = voteCount(vote);
    if (vote.outcome === 'a') leftWins += times;
    else if (vote.outcome === 'b') rightWins += times;
    else if (vote.outcome === 'tie') ties += times;
    else bothBad += times;
  }
  const decisive = leftWins + rightWins;
  const leftShare = wilsonInterval(leftWins, decisive, confidence);
  const biased = leftShare !== null && (leftShare.lower > 0.5 || leftShare.upper < 0.5);
  return { decisive, leftWins, rightWins, ties, bothBad, leftShare, biased };
}
