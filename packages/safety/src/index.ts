// The verdict schemas (SafetyVerdict, SafetyCategory, …) cross the API, so they live in @draftbench/contracts.
export { type CheckOptions, checkText } from './check-text.js';
export { ModerationResponse, type ModerationOptions, combineWithModeration } from './moderation.js';
