export { judgeCriteria, type JudgeCriterion } from './criteria.js';
export { JUDGE_PROMPT_VERSION, renderJudgePrompt, type JudgedDraft } from './judge-prompt.js';
export {
  parseJudgeAnswer,
  type JudgeAnswer,
  type MalformedAnswer,
  type ShownScores,
} from './judge-answer.js';
export { combineVerdict, type CombinedVerdict, type VerdictStatus } from './verdict.js';
