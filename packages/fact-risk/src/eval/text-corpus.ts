import fc from 'fast-check';
import { EVAL_SETS } from './sets.js';

/** Characters that exercise the extractors' edges: units, gaps, 个, surnames, dots, case, pairs. */
const ALPHABET = [
  ...'0123456789 \t\u00a0\u3000-.,:%个万亿kmgKMGLlsWhxX×²°℃·・•',
  ...'秒分钟小时天月年米公里克斤升亩倍星欧阳司马王李张说表示教授董事长',
  ' km',
  ' kg',
  ' minutes',
  ' Hours',
  '-day',
  ' SQUARE METRES',
  ' times',
  'K', // KELVIN SIGN: lower-cases to ASCII k
  'İ',
  'Σ',
  '😀',
  '𠀀',
];

/**
 * Texts for comparing a rewritten extractor step with its reference: every evaluation draft (zh and en
 * news, copy and scripts), fixed edge cases, and seeded random mixes of the alphabet above.
 */
export function textCorpus(): string[] {
  const drafts = EVAL_SETS.flatMap((set) => set.cases.map((c) => c.draft));
  const fixed = [
    '',
    '5',
    '3 km, 4kg, 5 Km, 30-day trial, 2 hours, 10 square meters, 3 times, 4.5 stars',
    '三个月 两个小时 3个米 5 公里 10 秒钟 2 小时 4.5星 3倍 20℃ 30°C',
    '5 \u212aM 6 \u212am 7 İnches 8 Σtars 9 \u00a0km 10\u3000米',
    '欧阳明表示，司马光说，王教授指出，董事长李华介绍 😀 𠀀 mixed English 3 kWh',
  ];
  const random = fc.sample(
    fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 50 }).map((parts) => parts.join('')),
    { numRuns: 300, seed: 1 },
  );
  return [...fixed, ...drafts, ...random];
}
