export { type MatchesKeptOptions, checkMatchesKept } from './matches-kept.js';
