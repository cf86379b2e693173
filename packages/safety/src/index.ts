export {
  LocalizedText,
  SafetyCategory,
  SafetyContext,
  SafetyDecision,
  SafetyFinding,
  SafetyStage,
  SafetyVerdict,
} from './verdict.js';
export { type CheckOptions, checkText } from './check-text.js';
export { ModerationResponse, type ModerationOptions, combineWithModeration } from './moderation.js';
