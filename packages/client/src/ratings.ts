import {
  NextTask,
  RatingIntegrity,
  VotePage,
  VoteResult,
  type Page,
  type Vote,
  type VoteCreateInput,
} from '@draftbench/contracts';
import { encodeId, type Http, type RequestOptions } from './http.js';
import { paginate, type PageParams } from './pagination.js';

export interface RatingsApi {
  /** The rater's open blind task or a new one; `task` is null with a reason when there is none. */
  next(options?: RequestOptions): Promise<NextTask>;
  /** Saves the vote (final) and answers the revealed pair. */
  vote(assignmentId: string, input: VoteCreateInput, options?: RequestOptions): Promise<VoteResult>;
  /** The signed-in rater's votes, newest first. */
  mine(params?: PageParams, options?: RequestOptions): Promise<Page<Vote>>;
  mineAll(params?: Omit<PageParams, 'cursor'>, options?: RequestOptions): AsyncGenerator<Vote>;
  /** For leads: agreement outliers, position bias, Krippendorff's α, origin-revealing drafts. */
  integrity(options?: RequestOptions): Promise<RatingIntegrity>;
}

export function ratingsApi(http: Http): RatingsApi {
  const mine: RatingsApi['mine'] = (params = {}, o = {}) =>
    http.json(VotePage, '/v1/ratings/mine', { query: { ...params }, signal: o.signal });
  return {
    next: (o = {}) => http.json(NextTask, '/v1/ratings/next', { signal: o.signal }),
    vote: (id, input, o = {}) =>
      http.json(VoteResult, `/v1/ratings/assignments/${encodeId(id)}/vote`, {
        method: 'POST',
        body: input,
        signal: o.signal,
      }),
    mine,
    mineAll: (params = {}, o = {}) => paginate((p: PageParams) => mine(p, o), params),
    integrity: (o = {}) => http.json(RatingIntegrity, '/v1/ratings/integrity', { signal: o.signal }),
  };
}
