import { type EvalCase } from './case.js';
import { DEV_SET } from './dev-set.js';
import { HOLDOUT_1 } from './holdout-1.js';
import { HOLDOUT_2 } from './holdout-2.js';
import { HOLDOUT_3 } from './holdout-3.js';
import { HOLDOUT_4 } from './holdout-4.js';

/** The labelled set in the order it was written; each holdout round was measured once before it informed the rules. */
export const SPLITS: Readonly<Record<string, readonly EvalCase[]>> = {
  dev: DEV_SET,
  'holdout-1': HOLDOUT_1,
  'holdout-2': HOLDOUT_2,
  'holdout-3': HOLDOUT_3,
  'holdout-4': HOLDOUT_4,
};

export const EVAL_SET: readonly EvalCase[] = Object.values(SPLITS).flat();
