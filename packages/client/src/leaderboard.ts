import { Leaderboard, type LeaderboardQuery } from '@draftbench/contracts';
import { type Http, type RequestOptions } from './http.js';

export interface LeaderboardApi {
  get(query?: Partial<LeaderboardQuery>, options?: RequestOptions): Promise<Leaderboard>;
}

export function leaderboardApi(http: Http): LeaderboardApi {
  return {
    get: (query = {}, o = {}) => http.json(Leaderboard, '/v1/leaderboard', { query, signal: o.signal }),
  };
}
