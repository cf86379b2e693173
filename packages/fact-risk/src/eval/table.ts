import { type FactRiskKind } from '@draftbench/contracts';
import { type Evaluation, type Tally, precision, recall } from './evaluate.js';

const KINDS: readonly FactRiskKind[] = ['number', 'percentage', 'money', 'date', 'name', 'quote'];

const share = (value: number, part: number, whole: number) =>
  whole === 0 ? '–' : `${(value * 100).toFixed(1)}% (${part}/${whole})`;
const p = (tally: Tally) => share(precision(tally), tally.correct, tally.flags);
const r = (tally: Tally) => share(recall(tally), tally.caught, tally.planted);

/** An evaluation as Markdown: precision and recall by claim kind and language, by content type, and the misses. */
export function formatEvaluation(name: string, cases: number, evaluation: Evaluation): string {
  const { total, byLanguage, byKind, byContentType } = evaluation;
  const lines = [
    `### ${name} (${cases} cases)`,
    '',
    '| Claim kind | zh precision | zh recall | en precision | en recall |',
    '| ---------- | ------------ | --------- | ------------ | --------- |',
    ...KINDS.map(
      (kind) =>
        `| ${kind} | ${p(byKind.zh[kind])} | ${r(byKind.zh[kind])} | ${p(byKind.en[kind])} | ${r(byKind.en[kind])} |`,
    ),
    `| **all** | ${p(byLanguage.zh)} | ${r(byLanguage.zh)} | ${p(byLanguage.en)} | ${r(byLanguage.en)} |`,
    '',
    '| Content type | precision | recall |',
    '| ------------ | --------- | ------ |',
    ...Object.entries(byContentType).map(([type, tally]) => `| ${type} | ${p(tally)} | ${r(tally)} |`),
    `| **all** | ${p(total)} | ${r(total)} |`,
    '',
    `Supported facts left unflagged: ${share(total.supported === 0 ? 1 : total.passed / total.supported, total.passed, total.supported)}.`,
    '',
    `Missed planted claims (${evaluation.missed.length}):`,
    ...evaluation.missed.map((miss) => `- ${miss.caseId}: ${miss.kind} “${miss.text}”`),
    '',
    `False alarms (${evaluation.falseAlarms.length}):`,
    ...evaluation.falseAlarms.map((alarm) => `- ${alarm.caseId}: ${alarm.kind} “${alarm.text}”`),
  ];
  return lines.join('\n');
}
