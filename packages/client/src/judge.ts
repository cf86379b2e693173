import {
  JudgeAgreementReport,
  JudgeRun,
  JudgeRunList,
  JudgeStatus,
  type JudgeAgreement,
  type JudgeAgreementQuery,
  type JudgeRunCreateInput,
} from '@draftbench/contracts';
import { encodeId, writeHeaders, type Http, type RequestOptions, type WriteOptions } from './http.js';

export interface JudgeApi {
  /** Whether a chat provider can judge; with only the rule-based template engine, `reason` says what to set. */
  status(options?: RequestOptions): Promise<JudgeStatus>;
  /** Queues a run over pairs this judge has not judged yet; 409 when it cannot run or nothing is left. */
  createRun(input?: JudgeRunCreateInput, options?: WriteOptions): Promise<JudgeRun>;
  /** The latest runs, newest first, with their progress. */
  runs(options?: RequestOptions): Promise<JudgeRun[]>;
  run(id: string, options?: RequestOptions): Promise<JudgeRun>;
  /** Per judge model: consistency across orders, position preference, agreement with people. */
  agreement(query?: JudgeAgreementQuery, options?: RequestOptions): Promise<JudgeAgreement[]>;
}

export function judgeApi(http: Http): JudgeApi {
  return {
    status: (o = {}) => http.json(JudgeStatus, '/v1/judge/status', { signal: o.signal }),
    createRun: (input = {}, o = {}) =>
      http.json(JudgeRun, '/v1/judge/runs', {
        method: 'POST',
        body: input,
        headers: writeHeaders(o),
        signal: o.signal,
      }),
    runs: async (o = {}) => (await http.json(JudgeRunList, '/v1/judge/runs', { signal: o.signal })).items,
    run: (id, o = {}) => http.json(JudgeRun, `/v1/judge/runs/${encodeId(id)}`, { signal: o.signal }),
    agreement: async (query = {}, o = {}) =>
      (
        await http.json(JudgeAgreementReport, '/v1/judge/agreement', {
          query: { ...query },
          signal: o.signal,
        })
      ).items,
  };
}
