import { PageQuery } from '../common.js';
import { Draft, DraftPage, ModerationDecision } from '../drafts.js';
import { SafetyRates, SafetyRatesQuery } from '../safety.js';
import { IdParams, op } from './define.js';

/** The safety gate's review queue for leads, and its refusal and flag rates per provider. */
export const SAFETY_OPERATIONS = {
  moderationQueue: op({
    method: 'GET',
    path: '/v1/moderation',
    tag: 'Safety',
    summary: 'The review queue: held drafts, oldest first, with their origin and why they were held',
    description:
      'UGC the screen held (links, contact details) or the safety gate flagged or refused, and AI drafts the gate flagged or refused at the output stage. A held draft stays out of blind rating, the AI judge and exports until a lead publishes it.',
    query: PageQuery,
    status: 200,
    response: DraftPage,
  }),
  moderate: op({
    method: 'POST',
    path: '/v1/drafts/:id/moderation',
    tag: 'Safety',
    summary: 'Publish or reject a held draft',
    params: IdParams,
    body: ModerationDecision,
    example: { decision: 'reject', reason: 'Contains a phone number' },
    status: 200,
    response: Draft,
    errors: [409],
  }),
  safetyRates: op({
    method: 'GET',
    path: '/v1/safety/rates',
    tag: 'Safety',
    summary: 'Per provider and model: jobs refused at the brief, and AI drafts flagged at the output',
    query: SafetyRatesQuery,
    status: 200,
    response: SafetyRates,
  }),
} as const;
