export { type MatchesKeptOptions, checkMatchesKept } from './matches-kept.js';
export { textShapedBy } from './text-shaped-by.js';
