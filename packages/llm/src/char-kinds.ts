/**
 * What a code point is to the length and token counters, as bits: a letter or digit (`\p{L}`, `\p{N}`),
 * CJK (Han, Hiragana, Katakana or Hangul script), and whether it is a surrogate pair. Counting with a
 * per-code-unit loop and a lookup table instead of global regexes avoids allocating one match string per
 * character or word, which made these counters a visible share of the worker's CPU per draft.
 */
export const LETTER_OR_DIGIT = 1;
export const CJK = 2;
/** The code point is a surrogate pair: it takes two code units. */
export const PAIR = 4;
/** Marks a filled table entry (0 = not seen yet). */
const SEEN = 8;

const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
const LETTER_OR_DIGIT_CHAR = /^[\p{L}\p{N}]$/u;

const classify = (char: string): number =>
  (CJK_CHAR.test(char) ? CJK : 0) | (LETTER_OR_DIGIT_CHAR.test(char) ? LETTER_OR_DIGIT : 0);

/** Kinds of BMP code units, filled on first sight. 64 KiB. */
const BMP = new Uint8Array(0x10000);

/** The kind bits of the code point starting at `i` (PAIR set when it spans `i` and `i + 1`). */
export function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    const lower = c | 0x20;
    return (c >= 0x30 && c <= 0x39) || (lower >= 0x61 && lower <= 0x7a) ? LETTER_OR_DIGIT : 0;
  }
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return classify(text.slice(i, i + 2)) | PAIR;
  }
  // A lone surrogate lands here too: the regexes see it as a code point that is neither.
  let kind = BMP[c] ?? 0;
  if (kind === 0) BMP[c] = kind = classify(String.fromCharCode(c)) | SEEN;
  return kind & ~SEEN;
}
