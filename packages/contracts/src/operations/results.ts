import { Economics, EconomicsQuery } from '../economics.js';
import { SftQuery } from '../exports.js';
import { RatingIntegrity } from '../integrity.js';
import { Leaderboard, LeaderboardQuery } from '../leaderboard.js';
import { NextTask, VoteCreate, VotePage, VoteResult } from '../ratings.js';
import { PageQuery } from '../common.js';
import { IdParams, op } from './define.js';

/** Blind rating, the leaderboard and economics, and the training-data exports. */
export const RESULT_OPERATIONS = {
  nextRatingTask: op({
    method: 'GET',
    path: '/v1/ratings/next',
    tag: 'Ratings',
    summary: 'My next blind pair (texts only), or why there is none',
    status: 200,
    response: NextTask,
  }),
  vote: op({
    method: 'POST',
    path: '/v1/ratings/assignments/:id/vote',
    tag: 'Ratings',
    summary: 'Save a vote; the answer reveals the pair, and the vote is locked',
    params: IdParams,
    body: VoteCreate,
    example: {
      outcome: 'both_bad',
      reason: 'factual_error',
      rubric: {
        persuasiveness: { left: 2, right: 3 },
        accuracy: { left: 1, right: 2 },
        brand_fit: { left: 3, right: 3 },
        readability: { left: 4, right: 4 },
      },
      timeTakenMs: 41_000,
    },
    status: 200,
    response: VoteResult,
    errors: [409],
  }),
  myVotes: op({
    method: 'GET',
    path: '/v1/ratings/mine',
    tag: 'Ratings',
    summary: 'My votes, newest first',
    query: PageQuery,
    status: 200,
    response: VotePage,
  }),
  ratingIntegrity: op({
    method: 'GET',
    path: '/v1/ratings/integrity',
    tag: 'Ratings',
    summary: "Rater agreement, position bias, Krippendorff's α and origin-revealing drafts",
    status: 200,
    response: RatingIntegrity,
  }),
  leaderboard: op({
    method: 'GET',
    path: '/v1/leaderboard',
    tag: 'Leaderboard',
    summary:
      'Bradley–Terry ranking of origins or models from blind votes (or, with raterGroup=judge, the AI judge’s verdicts), with 95% bootstrap intervals',
    query: LeaderboardQuery,
    status: 200,
    response: Leaderboard,
  }),
  economics: op({
    method: 'GET',
    path: '/v1/economics',
    tag: 'Leaderboard',
    summary: 'Cost and turnaround per draft by origin, against quality, with the frontier',
    query: EconomicsQuery,
    status: 200,
    response: Economics,
  }),
  exportRatings: op({
    method: 'GET',
    path: '/v1/exports/ratings.csv',
    tag: 'Exports',
    summary: 'Every vote as CSV, streamed',
    status: 200,
    produces: 'text/csv',
  }),
  exportSft: op({
    method: 'GET',
    path: '/v1/exports/sft.jsonl',
    tag: 'Exports',
    summary: 'SFT JSON Lines from approved PGC and human-edited drafts, streamed',
    query: SftQuery,
    status: 200,
    produces: 'application/x-ndjson',
  }),
  exportDraftHtml: op({
    method: 'GET',
    path: '/v1/drafts/:id/export.html',
    tag: 'Exports',
    summary: 'One draft as an HTML page with its labels',
    description:
      'AI and AI-assisted texts carry the explicit notice in the text (placed for the content type) and the implicit labels: `<meta name="draftbench:…">` tags and the provenance manifest in `<script type="application/json" id="draftbench-provenance">`.',
    params: IdParams,
    status: 200,
    produces: 'text/html',
  }),
  exportPreferences: op({
    method: 'GET',
    path: '/v1/exports/preferences.jsonl',
    tag: 'Exports',
    summary: 'Preference pairs (prompt, chosen, rejected, rater count, agreement, origins), streamed',
    status: 200,
    produces: 'application/x-ndjson',
  }),
} as const;
