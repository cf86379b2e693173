import { type Span } from '../claim.js';
import { CHINESE_DIGIT_CHARS, CHINESE_UNIT_CHARS, parseChineseNumeral } from '../text/chinese-numerals.js';
import { ENGLISH_NUMBER, parseEnglishNumber } from '../text/english-numerals.js';
import { allMatches } from '../text/all-matches.js';

/** How a figure is written: the form decides how much context it needs to count as a claim. */
export type NumeralForm = 'digits' | 'chinese' | 'english';

export interface NumberToken extends Span {
  readonly value: number;
  readonly form: NumeralForm;
}

const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/gu;
const CHINESE = new RegExp(
  `[${CHINESE_DIGIT_CHARS}${CHINESE_UNIT_CHARS}]+(?:点[${CHINESE_DIGIT_CHARS}]+)?`,
  'gu',
);
const CHINESE_LEADS = new Set([...CHINESE_DIGIT_CHARS, '十', '拾']);

/**
 * Every figure in the text, in order, written in digits (1,234.5), Chinese numerals (三十五万, 二〇二五) or
 * English number words (twenty-five thousand). A Chinese run must start with a digit or 十, so in "3.5万"
 * the 万 is left for the magnitude reader, and 万一 or 千万 (as "by all means") are words, not figures.
 */
export function findNumberTokens(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const match of allMatches(text, DIGITS)) {
    const start = match.index;
    // "v1.2.3" and "1.2.3" are versions, not figures.
    if (text[start - 1] === '.' && /\d/u.test(text[start - 2] ?? '')) continue;
    tokens.push({
      start,
      end: start + match[0].length,
      value: Number(match[0].replaceAll(',', '')),
      form: 'digits',
    });
  }
  for (const match of allMatches(text, CHINESE)) {
    const value = CHINESE_LEADS.has(match[0][0] ?? '') ? parseChineseNumeral(match[0]) : undefined;
    if (value !== undefined)
      tokens.push({ start: match.index, end: match.index + match[0].length, value, form: 'chinese' });
  }
  for (const match of allMatches(text, ENGLISH_NUMBER)) {
    const value = parseEnglishNumber(match[0]);
    if (value !== undefined)
      tokens.push({ start: match.index, end: match.index + match[0].length, value, form: 'english' });
  }
  return tokens.sort((a, b) => a.start - b.start);
}
