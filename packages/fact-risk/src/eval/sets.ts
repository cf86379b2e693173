import { checkFactRisk } from '../check.js';
import { type EvalCase, type ParsedCase, parseCase } from './case.js';
import { DEV_EN } from './cases/dev-en.js';
import { DEV_ZH } from './cases/dev-zh.js';
import { HELD_OUT_2_EN } from './cases/held-out-2-en.js';
import { HELD_OUT_2_ZH } from './cases/held-out-2-zh.js';
import { HELD_OUT_EN } from './cases/held-out-en.js';
import { HELD_OUT_ZH } from './cases/held-out-zh.js';
import { type Checker } from './evaluate.js';

export interface EvalSet {
  readonly name: string;
  readonly cases: readonly ParsedCase[];
}

const set = (name: string, cases: readonly EvalCase[]): EvalSet => ({ name, cases: cases.map(parseCase) });

/**
 * The development set was written first and used while building the extractors; the held-out set was
 * written after them and measured without changing them for it (see docs/SAFETY.md ("Fact-risk flags")).
 */
export const EVAL_SETS: readonly EvalSet[] = [
  set('development', [...DEV_ZH, ...DEV_EN]),
  set('held-out', [...HELD_OUT_ZH, ...HELD_OUT_EN]),
  set('held-out 2', [...HELD_OUT_2_ZH, ...HELD_OUT_2_EN]),
];

export const checkCase: Checker = (draft, parsed) => checkFactRisk(draft, parsed.brief);
