/**
 * Maps full-width digits, Latin letters and the symbols that can belong to a figure (％ ＄ ． ＋ －) to their
 * ASCII forms, one code unit for one, so offsets found in the folded text are offsets in the original.
 * Full-width punctuation such as ， and ： stays: Chinese text uses it as punctuation, not inside numbers.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF04\uFF05\uFF0B\uFF0D\uFF0E\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/gu, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/**
 * The letters and digits of a text, lower-cased and NFKC-normalised, without whitespace, punctuation or
 * symbols: two quotations that differ only in spacing, punctuation or quotation marks have the same key.
 */
export function letterKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Words separated by single spaces, lower-cased, with punctuation removed (a possessive 's too), padded with
 * a space on each side so that `includes(' x y ')` tests whole-word containment.
 */
export function wordKey(text: string): string {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ` ${words} `;
}
