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
export {
  MODERATION_CATEGORIES,
  ModerationResponse,
  type ModerationOptions,
  combineWithModeration,
  moderationFindings,
} from './moderation.js';
export { type NormalizedText, normalizeText } from './normalize.js';
export { type PiiKind, type PiiMatch, detectPii, isBankCardNumber, isChineseIdNumber, passesLuhn } from './pii.js';
