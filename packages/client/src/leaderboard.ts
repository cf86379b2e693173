import { Economics, Leaderboard, type EconomicsQuery, type LeaderboardQuery } from '@draftbench/contracts';
import { type Http, type RequestOptions } from './http.js';

export interface LeaderboardApi {
  get(query?: Partial<LeaderboardQuery>, options?: RequestOptions): Promise<Leaderboard>;
  economics(query?: EconomicsQuery, options?: RequestOptions): Promise<Economics>;
}

export function leaderboardApi(http: Http): LeaderboardApi {
  return {
    get: (query = {}, o = {}) => http.json(Leaderboard, '/v1/leaderboard', { query, signal: o.signal }),
    economics: (query = {}, o = {}) => http.json(Economics, '/v1/economics', { query, signal: o.signal }),
  };
}
