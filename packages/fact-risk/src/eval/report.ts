import { evaluate } from './evaluate.js';
import { EVAL_SETS, checkCase } from './sets.js';
import { formatEvaluation } from './table.js';

// `pnpm --filter @draftbench/fact-risk eval`: prints the measured figures that docs/SAFETY.md ("Fact-risk flags") reports.
const all = EVAL_SETS.flatMap((set) => set.cases);
const sections = [
  ...EVAL_SETS.map((set) => formatEvaluation(set.name, set.cases.length, evaluate(set.cases, checkCase))),
  formatEvaluation('all cases', all.length, evaluate(all, checkCase)),
];
process.stdout.write(`${sections.join('\n\n')}\n`);
