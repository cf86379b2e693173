/**
 * Two views of a text for matching:
 * - `plain`: NFKC (full-width → half-width), lower case, invisible characters removed, spaces collapsed.
 *   Digits stay as written, so personal-data detectors read this one.
 * - `folded`: `plain` with simple obfuscation undone — "p.h.i.s.h", "钓*鱼", "ph1sh", Cyrillic look-alikes.
 * Rules match against both, so undoing obfuscation can never hide a plain match.
 */
export interface NormalizedText {
  plain: string;
  folded: string;
}

const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu;
const APOSTROPHES = /[\u2018\u2019\u02BC]/gu;
const SEPARATORS = String.raw`\s.\-_*·•|/\\~^+=#★☆♥❤♡○●◆◇■□▲△`;
/**
 * Three or more single letters or digits joined by one repeated separator: "p.h.i.s.h", "m a l w a r e".
 * Repeating the same separator keeps "a p.h.i.s.h" from swallowing the article.
 */
const LETTER_SPACED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[a-z0-9]([${SEPARATORS}])[a-z0-9](?:\1[a-z0-9])+(?![\p{L}\p{N}])`,
  'gu',
);
const LETTER_SEPARATOR = new RegExp(`[${SEPARATORS}]+`, 'gu');
/** Separators between Chinese characters: Chinese has no spaces between words, so these only hide words. */
const HAN_SEPARATED = new RegExp(String.raw`(\p{Script=Han})[${SEPARATORS}]+(?=\p{Script=Han})`, 'gu');
/** A word mixing letters with digit or symbol stand-ins: "ph1sh1ng", "m@lware". */
const LEET_WORD = /(?=[a-z0-9@$]*[a-z])(?=[a-z0-9@$]*[0-9@$])[a-z0-9@$]+/gu;
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};
const LOOK_ALIKES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  і: 'i',
  ѕ: 's',
  ј: 'j',
  ԁ: 'd',
  ӏ: 'l',
  α: 'a',
  ο: 'o',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ρ: 'p',
  τ: 't',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

export function normalizeText(text: string): NormalizedText {
  const plain = text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(APOSTROPHES, "'")
    .toLowerCase()
    .replace(/[^\S\n]+/gu, ' ')
    .trim();
  const folded = plain
    .replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c] ?? c)
    .replace(LETTER_SPACED, (run) => run.replace(LETTER_SEPARATOR, ''))
    .replace(HAN_SEPARATED, '$1')
    .replace(LEET_WORD, (word) => word.replace(/[0-9@$]/gu, (c) => LEET[c] ?? c));
  return { plain, folded };
}
