import {
  JudgeAgreementReport,
  JudgeRun,
  JudgeRunPage,
  JudgeStatus,
  type JudgeAgreement,
  type JudgeAgreementQuery,
  type JudgeRunCreateInput,
  type Page,
} from '@draftbench/contracts';
import { encodeId, writeHeaders, type Http, type RequestOptions, type WriteOptions } from './http.js';
import { paginate, type PageParams } from './pagination.js';

export interface JudgeApi {
  /** Whether a chat provider can judge; with only the rule-based template engine, `reason` says what to set. */
  status(options?: RequestOptions): Promise<JudgeStatus>;
  /** Queues a run over pairs this judge has not judged yet; 409 when it cannot run or nothing is left. */
  createRun(input?: JudgeRunCreateInput, options?: WriteOptions): Promise<JudgeRun>;
  /** Runs, newest first, with their progress. */
  runs(params?: PageParams, options?: RequestOptions): Promise<Page<JudgeRun>>;
  runsAll(params?: Omit<PageParams, 'cursor'>, options?: RequestOptions): AsyncGenerator<JudgeRun>;
  run(id: string, options?: RequestOptions): Promise<JudgeRun>;
  /** Per judge model: consistency across orders, position preference, agreement with people. */
  agreement(query?: JudgeAgreementQuery, options?: RequestOptions): Promise<JudgeAgreement[]>;
}

export function judgeApi(http: Http): JudgeApi {
  const runs: JudgeApi['runs'] = (params = {}, o = {}) =>
    http.json(JudgeRunPage, '/v1/judge/runs', { query: { ...params }, signal: o.signal });
  return {
    status: (o = {}) => http.json(JudgeStatus, '/v1/judge/status', { signal: o.signal }),
    createRun: (input = {}, o = {}) =>
      http.json(JudgeRun, '/v1/judge/runs', {
        method: 'POST',
        body: input,
        headers: writeHeaders(o),
        signal: o.signal,
      }),
    runs,
    runsAll: (params = {}, o = {}) => paginate((p: PageParams) => runs(p, o), params),
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
