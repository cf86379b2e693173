export { type Language, tokenize } from './tokenize.js';
export { editDistance, normalizedEditDistance } from './edit-distance.js';
export { type DiffOp, type DiffPart, type TextDiff, applyDiff, diffTexts } from './text-diff.js';
export {
  DEFAULT_HUMAN_EDIT_THRESHOLD,
  type ProvenanceLabel,
  humanEditShare,
  provenanceLabel,
} from './edit-share.js';
export { seededRandom } from './random.js';
export { type Outcome, type Vote, leftPoints } from './votes.js';
export {
  type BradleyTerryResult,
  type BradleyTerryScore,
  DEFAULT_RIDGE,
  ELO_BASE,
  ELO_SCALE,
  type FitOptions,
  bradleyTerry,
  toElo,
} from './bradley-terry.js';
export {
  type BootstrapLeaderboard,
  type BootstrapOptions,
  type CompetitorRating,
  bootstrapBradleyTerry,
} from './bootstrap.js';
export { MIN_RESAMPLES, type ResamplingOptions } from './resampling.js';
export { type RankInterval, ranksFromIntervals } from './rank.js';
export { type CompetitorTally, competitorTallies } from './tallies.js';
export { type WinRateMatrix, winRateMatrix } from './win-rate.js';
export { type BothBadReport, type BothBadShare, bothBadReport } from './both-bad.js';
export {
  type LengthControlledResult,
  type LengthVote,
  lengthControlledBradleyTerry,
} from './length-controlled.js';
export {
  type LengthControlledLeaderboard,
  type LengthControlledRating,
  bootstrapLengthControlled,
} from './bootstrap-length-controlled.js';
export { type RubricMean, type RubricScore, rubricMeans } from './rubric.js';
export { type ProportionInterval, wilsonInterval } from './wilson.js';
export { type PositionBias, positionBias } from './position-bias.js';
export {
  type Judgement,
  type KrippendorffAlpha,
  type KrippendorffOptions,
  type MeasurementLevel,
  type ReliabilityMatrix,
  type ReliabilityValue,
  krippendorffAlpha,
  reliabilityMatrix,
} from './krippendorff.js';
export {
  type CanonicalOutcome,
  type RatedPair,
  type RaterAgreement,
  type RaterAgreementOptions,
  type RaterAgreementReport,
  canonicalJudgement,
  raterAgreement,
} from './rater-agreement.js';
export { normalQuantile, studentTCritical } from './distributions.js';
export { cohensKappa } from './cohens-kappa.js';
export { type JudgeHumanAgreement, type JudgedPair, judgeHumanAgreement } from './judge-agreement.js';
