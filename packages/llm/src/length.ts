import type { Language } from '@draftbench/contracts';
import { LETTER_OR_DIGIT, PAIR, kindAt } from './char-kinds.js';

/**
 * zh: every Unicode letter or digit is one character (汉字, Latin letters and digits alike); whitespace,
 * punctuation and symbols (，。！“” # - etc.) do not count. This matches how Chinese editors count 字数
 * closely enough for a length target, and it is stable under re-spacing.
 *
 * en: a word is a run of letters/digits, optionally joined by an apostrophe, hyphen or decimal point
 * ("don't", "well-known", "3.5"). Punctuation-only tokens ("—", "•") are not words.
 *
 * Both are counted in one pass without regexes (the template engine measures every draft many times
 * while fitting it); `length.spec.ts` holds them to the regexes `[\p{L}\p{N}]` and
 * `[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*`.
 */
export function measureLength(text: string, language: Language): number {
  return language === 'zh' ? countLettersAndDigits(text) : countWords(text);
}

function countLettersAndDigits(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = kindAt(text, i);
    if (kind & PAIR) i++;
    if (kind & LETTER_OR_DIGIT) count++;
  }
  return count;
}

const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d; // ' ’ . -

function countWords(text: string): number {
  let words = 0;
  /** The previous code point is a letter or digit. */
  let afterLetter = false;
  /** The previous code point is a joiner right after a letter or digit: a letter here continues the word. */
  let afterJoin = false;
  for (let i = 0; i < text.length; i++) {
    const kind = kindAt(text, i);
    if (kind & PAIR) i++;
    if (kind & LETTER_OR_DIGIT) {
      if (!afterLetter && !afterJoin) words++;
      afterLetter = true;
      afterJoin = false;
    } else {
      afterJoin = afterLetter && isJoiner(text.charCodeAt(i));
      afterLetter = false;
    }
  }
  return words;
}
