import {
  JudgeAgreementQuery,
  JudgeAgreementReport,
  JudgeRun,
  JudgeRunCreate,
  JudgeRunPage,
  JudgeStatus,
} from '../judge.js';
import { PageQuery } from '../common.js';
import { IdParams, op } from './define.js';

/** The AI judge: a separate rater group whose verdicts never mix with people's votes. */
export const JUDGE_OPERATIONS = {
  judgeStatus: op({
    method: 'GET',
    path: '/v1/judge/status',
    tag: 'AI judge',
    summary: 'Whether a chat provider can judge; with only the rule-based template engine, what to configure',
    status: 200,
    response: JudgeStatus,
  }),
  createJudgeRun: op({
    method: 'POST',
    path: '/v1/judge/runs',
    tag: 'AI judge',
    summary: 'Queue a run: each pair is judged twice with the order swapped (a disagreement counts as a tie)',
    description:
      'Pairs come from the rating sampler’s set, those people rated first, minus pairs this provider and model already judged. 409 when only the rule-based template engine is configured, or when no pair is left.',
    body: JudgeRunCreate,
    example: { provider: 'openai', model: 'gpt-4o-mini', language: 'zh', maxPairs: 100 },
    status: 202,
    response: JudgeRun,
    errors: [409, 503],
  }),
  listJudgeRuns: op({
    method: 'GET',
    path: '/v1/judge/runs',
    tag: 'AI judge',
    summary: 'Judge runs with their progress, newest first',
    query: PageQuery,
    status: 200,
    response: JudgeRunPage,
  }),
  getJudgeRun: op({
    method: 'GET',
    path: '/v1/judge/runs/:id',
    tag: 'AI judge',
    summary: 'One judge run with its progress, usage and cost',
    params: IdParams,
    status: 200,
    response: JudgeRun,
  }),
  judgeAgreement: op({
    method: 'GET',
    path: '/v1/judge/agreement',
    tag: 'AI judge',
    summary:
      "Per judge model: the same verdict in both orders, position preference, and agreement with people (Wilson interval, Cohen's κ)",
    query: JudgeAgreementQuery,
    status: 200,
    response: JudgeAgreementReport,
  }),
} as const;
