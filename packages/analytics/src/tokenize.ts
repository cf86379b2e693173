/** Content language, as in `@draftbench/contracts` (`Language`): the unit of length and of edit distance. */
export type Language = 'zh' | 'en';

/** One user-perceived character; locale-independent, so the locale only documents intent. */
const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

const WHITESPACE_ONLY = /^\s+$/u;

/**
 * An English word: a run of letters, combining marks and digits, optionally joined inside the word by an
 * apostrophe, a hyphen or a decimal point ("don't", "well-known", "3.5"), the same shape as
 * `measureLength` in `@draftbench/llm`. Everything else (punctuation, symbols, whitespace) is not a token.
 */
const EN_WORD = /[\p{L}\p{M}\p{N}]+(?:['.\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Splits a text into the tokens that edit distance is counted over.
 *
 * - `zh`: one token per user-perceived character (an extended grapheme cluster, via `Intl.Segmenter`), so a
 *   surrogate pair, an emoji with skin tone or ZWJ sequence, a flag, or a letter with a combining accent
 *   is one token, never half of one. Whitespace is ignored (re-spacing or re-wrapping is not an edit);
 *   everything else counts, including Chinese punctuation and Latin letters and digits (each one token),
 *   as in character error rate.
 * - `en`: words (see `EN_WORD`); punctuation and whitespace are ignored, so a punctuation-only change has
 *   distance 0. Case is kept: "The" → "the" is an edit. Curly and straight apostrophes are the same.
 *
 * Text is NFC-normalised first, so composed and decomposed forms of the same character are equal.
 */
export function tokenize(text: string, language: Language): string[] {
  const normalized = text.normalize('NFC');
  if (language === 'zh') {
    const tokens: string[] = [];
    for (const { segment } of graphemes.segment(normalized)) {
      if (!WHITESPACE_ONLY.test(segment)) tokens.push(segment);
    }
    return tokens;
  }
  return normalized.replace(/[\u2019\u02bc]/gu, "'").match(EN_WORD) ?? [];
}
