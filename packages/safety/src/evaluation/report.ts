import { checkText } from '../check-text.js';
import { SafetyCategory } from '../verdict.js';
import { EVAL_SET, SPLITS } from './eval-set.js';
import { type EvalCase } from './case.js';
import { type Score, evaluate } from './evaluate.js';

// `pnpm --filter @draftbench/safety eval`: the precision/recall tables of docs/SAFETY.md, measured now.

const percent = (x: number | null) => (x === null ? '—' : x.toFixed(2));
const row = (name: string, s: Score) =>
  `| ${name} | ${s.truePositives + s.falseNegatives} | ${s.truePositives} | ${s.falsePositives} | ${percent(s.precision)} | ${percent(s.recall)} |`;

function table(title: string, cases: readonly EvalCase[]): string {
  const report = evaluate(cases, (c) => checkText(c.text, { stage: c.stage }));
  const harmful = cases.filter((c) => c.expected.decision !== 'allow').length;
  const zh = cases.filter((c) => c.language === 'zh').length;
  return [
    `### ${title}: ${cases.length} cases (${harmful} harmful, ${cases.length - harmful} benign; ${zh} zh, ${cases.length - zh} en)`,
    '',
    '| Category | Harmful cases | Caught | False alarms | Precision | Recall |',
    '| --- | --: | --: | --: | --: | --: |',
    ...SafetyCategory.options.map((c) => row(c, report.perCategory[c])),
    row('**harmful vs benign**', report.overall),
    '',
    `Decision and category both right: ${percent(report.exactMatch)}.` +
      (report.mistakes.length === 0 ? '' : ` Mistakes: ${report.mistakes.map((m) => m.id).join(', ')}.`),
  ].join('\n');
}

console.log(
  [table('All', EVAL_SET), ...Object.entries(SPLITS).map(([name, cases]) => table(name, cases))].join('\n\n'),
);
