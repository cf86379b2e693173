import type { Language } from '@draftbench/contracts';

/**
 * zh: every Unicode letter or digit is one character (汉字, Latin letters and digits alike); whitespace,
 * punctuation and symbols (，。！“” # - etc.) do not count. This matches how Chinese editors count 字数
 * closely enough for a length target, and it is stable under re-spacing.
 */
const ZH_COUNTED = /[\p{L}\p{N}]/gu;

/**
 * en: a word is a run of letters/digits, optionally joined by an apostrophe, hyphen or decimal point
 * ("don't", "well-known", "3.5"). Punctuation-only tokens ("—", "•") are not words.
 */
const EN_WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Length in the unit of the brief's target: characters for zh, words for en. */
export function measureLength(text: string, language: Language): number {
  const re = language === 'zh' ? ZH_COUNTED : EN_WORD;
  return text.match(re)?.length ?? 0;
}
