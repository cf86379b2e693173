import { SafetyRates, type SafetyRatesQuery } from '@draftbench/contracts';
import { type Http, type RequestOptions } from './http.js';

export interface SafetyApi {
  /** Per provider and model: briefs refused before the model call, drafts flagged at the output. */
  rates(query?: SafetyRatesQuery, options?: RequestOptions): Promise<SafetyRates>;
}

export function safetyApi(http: Http): SafetyApi {
  return {
    rates: (query = {}, o = {}) => http.json(SafetyRates, '/v1/safety/rates', { query, signal: o.signal }),
  };
}
