export { type Language, tokenize } from './tokenize.js';
export { editDistance, normalizedEditDistance } from './edit-distance.js';
export { type DiffOp, type DiffPart, type TextDiff, applyDiff, diffTexts } from './text-diff.js';
export {
  DEFAULT_HUMAN_EDIT_THRESHOLD,
  type ProvenanceLabel,
  humanEditShare,
  provenanceLabel,
} from './edit-share.js';
