import { type ChangeObject, diffChars, diffWordsWithSpace } from 'diff';
import { type Language, tokenize } from './tokenize.js';

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

/**
 * A lossless, JSON-serialisable diff from one text to another. `equal` + `delete` parts concatenate to the
 * old text, `equal` + `insert` parts to the new one; no two adjacent parts have the same op.
 * `insertedTokens` / `deletedTokens` count the `tokenize` tokens (characters for zh, words for en) in the
 * insert / delete parts, for display. They are not the edit distance: a substitution shows as one delete
 * plus one insert here but counts once in `editDistance`.
 */
export interface TextDiff {
  language: Language;
  parts: DiffPart[];
  insertedTokens: number;
  deletedTokens: number;
}

/**
 * Diffs two texts with jsdiff: by character (code point) for zh, by word keeping every whitespace and
 * punctuation character for en (`diffWordsWithSpace`), so that `applyDiff(before, diff) === after`.
 */
export function diffTexts(before: string, after: string, language: Language): TextDiff {
  const changes: ChangeObject<string>[] =
    language === 'zh' ? diffChars(before, after) : diffWordsWithSpace(before, after);

  const parts = toParts(changes);
  let insertedTokens = 0;
  let deletedTokens = 0;
  for (const part of parts) {
    if (part.op === 'insert') insertedTokens += tokenize(part.text, language).length;
    else if (part.op === 'delete') deletedTokens += tokenize(part.text, language).length;
  }
  return { language, parts, insertedTokens, deletedTokens };
}

/**
 * jsdiff change objects → parts, dropping empty ones and merging adjacent parts of the same op (jsdiff
 * does not promise either). Exported for the specs only, not from the package.
 */
export function toParts(
  changes: readonly Pick<ChangeObject<string>, 'value' | 'added' | 'removed'>[],
): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of changes) {
    if (change.value === '') continue;
    const op: DiffOp = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const last = parts.at(-1);
    if (last?.op === op) last.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return parts;
}

/**
 * Rebuilds the new text from the old one and a diff. Throws when the diff was not made from `before`
 * (its `equal` and `delete` parts do not spell it out), so a stored diff cannot silently yield a wrong text.
 */
export function applyDiff(before: string, diff: TextDiff): string {
  let position = 0;
  let result = '';
  for (const part of diff.parts) {
    if (part.op === 'insert') {
      result += part.text;
      continue;
    }
    if (!before.startsWith(part.text, position)) {
      throw new Error(
        `The diff does not apply: its ${part.op} part at offset ${position} differs from the text`,
      );
    }
    position += part.text.length;
    if (part.op === 'equal') result += part.text;
  }
  if (position !== before.length) {
    throw new Error(
      `The diff does not apply: it covers ${position} of ${before.length} characters of the text`,
    );
  }
  return result;
}
