import {
  NextTask,
  RatingIntegrity,
  VoteList,
  VoteResult,
  type Vote,
  type VoteCreateInput,
} from '@draftbench/contracts';
import { encodeId, type Http, type RequestOptions } from './http.js';

export interface RatingsApi {
  /** The rater's open blind task or a new one; `task` is null with a reason when there is none. */
  next(options?: RequestOptions): Promise<NextTask>;
  /** Saves the vote (final) and answers the revealed pair. */
  vote(assignmentId: string, input: VoteCreateInput, options?: RequestOptions): Promise<VoteResult>;
  mine(options?: RequestOptions): Promise<Vote[]>;
  /** For leads: agreement outliers, position bias, Krippendorff's α, origin-revealing drafts. */
  integrity(options?: RequestOptions): Promise<RatingIntegrity>;
}

export function ratingsApi(http: Http): RatingsApi {
  return {
    next: (o = {}) => http.json(NextTask, '/v1/ratings/next', { signal: o.signal }),
    vote: (id, input, o = {}) =>
      http.json(VoteResult, `/v1/ratings/assignments/${encodeId(id)}/vote`, {
        method: 'POST',
        body: input,
        signal: o.signal,
      }),
    mine: async (o = {}) => (await http.json(VoteList, '/v1/ratings/mine', { signal: o.signal })).items,
    integrity: (o = {}) => http.json(RatingIntegrity, '/v1/ratings/integrity', { signal: o.signal }),
  };
}
