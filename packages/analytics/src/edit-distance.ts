import { type Language, tokenize } from './tokenize.js';

/**
 * Levenshtein distance between two token sequences: the least number of token insertions, deletions and
 * substitutions turning `a` into `b`. Symmetric, 0 only for equal sequences, at most max(n, m).
 *
 * Hand-written on purpose: the maintained Levenshtein libraries (fastest-levenshtein, leven, …) work on
 * strings of UTF-16 code units, not on arrays of tokens (graphemes or words), and jsdiff computes an edit
 * script without substitutions, so its insert + delete counts are not a Levenshtein distance.
 *
 * It is the usual dynamic programme, computed 32 cells at a time (Myers 1999, in the block form of Hyyrö
 * 2003, the same algorithm fastest-levenshtein uses for strings), so a total rewrite of two 20,000-token
 * texts takes tens of milliseconds rather than most of a second:
 * - the common prefix and suffix are trimmed first (an edited draft shares most of its text with its parent);
 * - the shorter sequence `s` gives the columns, the longer `l` the rows, in blocks of 32 rows; a block keeps
 *   the vertical differences of its current column as two bit vectors (`pv`: +1, `mv`: −1), and `hDelta[j]`
 *   carries the horizontal difference D[r][j+1] − D[r][j] at the block's bottom row r down to the next block;
 * - D[|l|][|s|] = D[|l|][0] + Σ hDelta = |l| + Σ hDelta.
 * Time O(|l|·|s|/32), extra memory O(min(n, m)): `hDelta`, the interned columns and one match mask per
 * distinct column token. The specs check it against the textbook O(n·m) table.
 */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a[start] === b[start]) start++;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  if (endA === start) return endB - start;
  if (endB === start) return endA - start;

  const aIsShorter = endA - start <= endB - start;
  const short = aIsShorter ? a : b;
  const long = aIsShorter ? b : a;
  const shortLength = (aIsShorter ? endA : endB) - start;
  const longLength = (aIsShorter ? endB : endA) - start;

  // Columns: the shorter sequence, interned to small integers. Row tokens that never occur in it match
  // nothing, so they need no id.
  const ids = new Map<string, number>();
  const columns = new Int32Array(shortLength);
  for (let j = 0; j < shortLength; j++) {
    const token = short[start + j] as string;
    let id = ids.get(token);
    if (id === undefined) {
      id = ids.size;
      ids.set(token, id);
    }
    columns[j] = id;
  }
  // peq[id]: bit r set when row r of the current block holds token `id`.
  const peq = new Int32Array(ids.size);
  // Row 0 is D[0][j] = j: every horizontal difference is +1.
  const hDelta = new Int8Array(shortLength).fill(1);

  for (let blockStart = 0; blockStart < longLength; blockStart += 32) {
    const rows = Math.min(32, longLength - blockStart);
    for (let r = 0; r < rows; r++) {
      const id = ids.get(long[start + blockStart + r] as string);
      if (id !== undefined) peq[id] = (peq[id] as number) | (1 << r);
    }
    const bottom = rows - 1;
    let pv = -1; // column 0 is D[i][0] = i: every vertical difference is +1
    let mv = 0;
    for (let j = 0; j < shortLength; j++) {
      const hIn = hDelta[j] as number;
      const eq = peq[columns[j] as number] as number;
      const xv = eq | mv;
      const eqH = hIn < 0 ? eq | 1 : eq;
      const xh = (((eqH & pv) + pv) ^ pv) | eqH;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      hDelta[j] = (ph >>> bottom) & 1 ? 1 : (mh >>> bottom) & 1 ? -1 : 0;
      ph = (ph << 1) | (hIn > 0 ? 1 : 0);
      mh = (mh << 1) | (hIn < 0 ? 1 : 0);
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    for (let r = 0; r < rows; r++) {
      const id = ids.get(long[start + blockStart + r] as string);
      if (id !== undefined) peq[id] = 0;
    }
  }

  let distance = longLength;
  for (let j = 0; j < shortLength; j++) distance += hDelta[j] as number;
  return distance;
}

/**
 * Edit distance between two texts in the language's unit (characters for zh, words for en; see
 * `tokenize`), divided by the longer text's token count: 0 for identical texts (and for two texts without
 * tokens), 1 for a total rewrite, always within [0, 1].
 */
export function normalizedEditDistance(before: string, after: string, language: Language): number {
  const a = tokenize(before, language);
  const b = tokenize(after, language);
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : editDistance(a, b) / longest;
}
