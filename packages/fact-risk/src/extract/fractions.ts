import { type QuantityClaim } from '../claim.js';
import { CHINESE_DIGIT_CHARS, parseChineseNumeral } from '../text/chinese-numerals.js';
import { hedgeAfter, hedgeBefore } from './context-words.js';
import { allMatches } from '../text/all-matches.js';

const NUMERAL = `[${CHINESE_DIGIT_CHARS}十百千万亿点\\d.]+`;

/** 百分之三十, 三分之一, 千分之五, 百分之百: a share written as a Chinese fraction. */
const FRACTION = new RegExp(`(${NUMERAL})分之(${NUMERAL})`, 'gu');
/** 百分百 ("a hundred per cent"), said as often as 百分之百. */
const HUNDRED_PERCENT = /百分百/gu;
/** 半价 (half price) is 五折: 50% of the price. */
const HALF_PRICE = /半价/gu;
/** 三成 = 30%. 成 is a common verb too, so only before words that end the figure (以上, 的, punctuation). */
const TENTHS = new RegExp(
  `(?<![${CHINESE_DIGIT_CHARS}十])([${CHINESE_DIGIT_CHARS}]|[一二三四五六七八九]点[${CHINESE_DIGIT_CHARS}])成(?=以上|以下|左右|多|的|[，。、；！？,.;!?\\s]|$)`,
  'gu',
);

/** Digits or a Chinese numeral; a bare 百, 千 or 万 (百分之…, 百分之百) means one of it. */
const readNumeral = (text: string): number | undefined =>
  /^[\d.]+$/u.test(text) ? Number(text) : parseChineseNumeral(/^[百千万]$/u.test(text) ? `一${text}` : text);

/** Shares written as Chinese fractions, tenths or 半价, as percentages. */
export function extractChineseShares(text: string): QuantityClaim[] {
  const claims: QuantityClaim[] = [];
  const add = (start: number, end: number, amount: number, unit?: string) => {
    const approximation =
      hedgeBefore(text.slice(Math.max(0, start - 8), start)) ?? hedgeAfter(text.slice(end));
    claims.push({
      kind: 'percentage',
      start,
      end,
      text: text.slice(start, end),
      quantity: { amount, ...(unit && { unit }), ...(approximation && { approximation }) },
    });
  };
  for (const match of allMatches(text, FRACTION)) {
    const denominator = readNumeral(match[1] ?? '');
    const numerator = readNumeral(match[2] ?? '');
    if (denominator && numerator !== undefined) {
      add(match.index, match.index + match[0].length, (numerator / denominator) * 100);
    }
  }
  for (const match of allMatches(text, HUNDRED_PERCENT)) add(match.index, match.index + match[0].length, 100);
  for (const match of allMatches(text, HALF_PRICE))
    add(match.index, match.index + match[0].length, 50, 'discount');
  for (const match of allMatches(text, TENTHS)) {
    const tenths = parseChineseNumeral(match[1] ?? '');
    if (tenths !== undefined) add(match.index, match.index + match[0].length, tenths * 10);
  }
  return claims;
}
